// Renders every story of the package with its msw handlers, as Storybook would, and checks it shows
// content and passes axe: the stories stay usable until the root Storybook runs them itself.
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, textOf, worker } from './testing/harness.fixtures.js';

interface Story {
  parameters?: { msw?: { handlers?: HttpHandler[] } };
  render: () => TemplateResult;
}
interface StoryModule {
  default: { title: string; parameters?: Story['parameters'] };
  [name: string]: unknown;
}

const modules = (import.meta as unknown as { glob: (pattern: string, options: { eager: true }) => Record<string, StoryModule> }).glob('./components/**/*.stories.ts', { eager: true });
const stories = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => ({ id: `${mod.default.title} / ${name}`, file, story: story as Story, meta: mod.default })),
);

beforeAll(startWorker);
afterAll(() => {
  render('', document.body);
  worker.stop();
});

describe('stories', () => {
  it('exist for sign-in, idle queue, incoming offer, two chats and callbacks', () => {
    const names = stories.map((s) => s.id);
    for (const wanted of ['Sign-in / SignIn', 'Queue / IdleQueue', 'Queue / IncomingOffer', 'Chat / TwoChatsWithContext', 'Callbacks / Callbacks']) {
      expect(names).toContain(`Agent desk/${wanted}`);
    }
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s renders and axe finds nothing', async (_id, { story, meta }) => {
    worker.resetHandlers(...(story.parameters?.msw?.handlers ?? meta.parameters?.msw?.handlers ?? []));
    render('', document.body);
    render(story.render(), document.body);
    // Rendered: more than an empty shell (the desk's GETs answer within milliseconds).
    await expect.poll(() => textOf(document.body).length, { timeout: 3000 }).toBeGreaterThan(10);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const found = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join('>')).join(', ')}`);
    expect(found, found.join('\n')).toEqual([]);
  });
});

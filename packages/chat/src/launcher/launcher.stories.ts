import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/foyer-launcher.js';
import { CLOSED, MockEngagement } from '../testing/mock-engagement.fixtures.js';
import { until } from '../testing/story-chat.fixtures.js';

const meta: Meta = { title: 'Chat/Launcher', component: 'foyer-launcher' };
export default meta;

function launcherStory(mock: MockEngagement, waitFor: string): StoryObj {
  return {
    parameters: { msw: { handlers: mock.handlers() } },
    render: () => html`<p>A bank's page.</p><foyer-launcher no-preload namespace="story"></foyer-launcher>`,
    play: async ({ canvasElement }) => {
      const launcher = canvasElement.querySelector('foyer-launcher')!;
      await until(() => launcher.shadowRoot?.querySelector('button')?.getAttribute('aria-label')?.includes(waitFor) === true);
    },
  };
}

export const AgentsAvailable = launcherStory(new MockEngagement(), 'Agents available');
export const Closed = launcherStory(new MockEngagement({ availability: CLOSED }), 'Agents offline');

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/foyer-launcher.js';
import type { InvitationRule } from './invitation-rules.js';
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

const LOANS: Record<string, string> = { en: 'Questions about loans? Chat with us.', 'zh-CN': '对贷款有疑问吗？和我们聊聊吧。', 'zh-TW': '對貸款有疑問嗎？和我們聊聊吧。' };
/** The demo rule, on every page of the story frame and without the 20 s wait. */
const rules = (locale: string): InvitationRule[] => [
  { id: 'loans-help', page: { glob: '/**' }, secondsOnPage: 0, message: LOANS[locale] ?? LOANS['en']!, topic: 'loans', frequency: { maxPerDay: 1, minIntervalSeconds: 3600 } },
];
// Invitations show once per page view and namespace: each render gets its own namespace.
let renders = 0;

function invitationStory(waitFor: string, globals?: Record<string, string>): StoryObj {
  return {
    ...(globals ? { globals } : {}),
    parameters: { msw: { handlers: new MockEngagement({ invitations: rules }).handlers() } },
    render: () => html`<p>A bank's loans page.</p><foyer-launcher no-preload namespace=${`story-invitation-${++renders}`}></foyer-launcher>`,
    play: async ({ canvasElement }) => {
      const launcher = canvasElement.querySelector('foyer-launcher')!;
      const bubble = () => launcher.shadowRoot?.querySelector<HTMLElement>('[part~="invitation"]');
      await until(() => bubble()?.hidden === false && bubble()!.textContent!.includes(waitFor));
      // axe checks contrast after the fade-in.
      await Promise.all(bubble()!.getAnimations().map((a) => a.finished));
    },
  };
}

export const WithInvitation = invitationStory(LOANS['en']!);
export const WithInvitationSimplifiedChinese = invitationStory(LOANS['zh-CN']!, { locale: 'zh-CN' });

// Storybook 10 CSF3 (web components); msw handlers through `parameters.msw.handlers`.
// The demo sign-in is agent@bank.example / correct-horse; any other password shows the localised error.
import { html } from 'lit';
import '../../define-all.js';
import { createDeskMock } from '../../testing/desk-mock.fixtures.js';
import { deskStore } from '../../testing/store.fixtures.js';

export default {
  title: 'Agent desk/Sign-in',
  component: 'foyer-desk-sign-in',
  parameters: { msw: { handlers: createDeskMock().handlers } },
};

export const SignIn = {
  render: () => html`<main><foyer-desk-sign-in .store=${deskStore()}></foyer-desk-sign-in></main>`,
};

export const SignInSimplifiedChinese = {
  render: () => html`<main lang="zh-CN"><foyer-desk-sign-in .store=${deskStore()}></foyer-desk-sign-in></main>`,
};

export const SignInTraditionalChinese = {
  render: () => html`<main lang="zh-TW"><foyer-desk-sign-in .store=${deskStore()}></foyer-desk-sign-in></main>`,
};

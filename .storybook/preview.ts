import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { initialize, mswLoader } from 'msw-storybook-addon';

initialize({ onUnhandledRequest: 'bypass', quiet: true });

/** The locale and theme toolbars: `lang` on a wrapper (the elements resolve it through ancestors), theme on the page. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const dark = context.globals['theme'] === 'dark';
  document.body.style.background = dark ? '#121215' : '#ffffff';
  document.body.style.color = dark ? '#ececf1' : '#1b1b1f';
  return html`<div lang=${context.globals['locale'] ?? 'en'}>${story()}</div>`;
};

const preview: Preview = {
  loaders: [mswLoader],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: { icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'zh-CN', title: '简体中文' }, { value: 'zh-TW', title: '繁體中文' }], dynamicTitle: true },
    },
    theme: {
      description: 'Light or dark tokens',
      toolbar: { icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: { a11y: { test: 'error' }, layout: 'padded' },
};
export default preview;

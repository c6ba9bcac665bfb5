import type { StorybookConfig } from '@storybook/web-components-vite';

// One Storybook for every package's elements (stories sit beside their components).
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js for msw (`msw init .storybook/public`).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};
export default config;

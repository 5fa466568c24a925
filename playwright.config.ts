import process from 'node:process'
import { defineConfig, devices } from '@playwright/test'
import { launchOptions } from './tests/helpers/browser'

/** Browser tests drive the production build (`npm run build` first) at phone size, in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Pixel 7'],
    browserName: 'chromium',
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    baseURL: 'http://localhost:4173',
    launchOptions,
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // the nginx deployment the README documents, with docs/nginx.conf (tests/e2e/deploy.spec.ts)
    {
      command: 'npx tsx tests/helpers/nginx.ts 4174 dist',
      url: 'http://127.0.0.1:4174/sw.js',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})

import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './tests/e2e/chromium'

// Debian's Chromium (apt-get install chromium): `npx playwright install` cannot download here.
const port = Number(process.env.E2E_PORT ?? 4790)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  testIgnore: 'electron/**',
  outputDir: 'test-results/e2e',
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // Serves the built renderer (out/renderer): run `npm run build` first.
  webServer: {
    command: `node scripts/serveRenderer.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
  },
})

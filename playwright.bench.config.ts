import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './tests/e2e/chromium'

// The UI figures of `npm run bench` (bench/ui): the browser edition in Debian Chromium, one worker
// so the figures are not disturbed by a second browser. Run by scripts/bench.mjs after a build.
const port = Number(process.env.BENCH_PORT ?? 4791)

export default defineConfig({
  testDir: 'bench/ui',
  testMatch: '*.bench.ts',
  outputDir: 'bench/tmp/playwright',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `node scripts/serveRenderer.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
})

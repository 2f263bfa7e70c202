import { defineConfig } from '@playwright/test'

// Runs the real desktop app through Playwright's _electron. Only on machines where the Electron
// runtime is installed; scripts/test-all.sh prints why it is skipped elsewhere.
export default defineConfig({
  testDir: 'tests/e2e/electron',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/electron',
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-electron.json' }]],
})

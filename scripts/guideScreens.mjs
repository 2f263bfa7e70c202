// npm run guide:screens: builds the app, then follows the guides in Chromium
// (tests/e2e/guide-screens.spec.ts; the appraisal round's and the council's pictures come from
// appraisal-round.spec.ts and council.spec.ts) and writes their screenshots, Vietnamese and English at
// 1366×768, to src/renderer/public/guide/<language>/ (served with the app; rebuild to see them).
// E2E_PORT chooses the port of the served browser edition, as for the other e2e runs.
import { spawnSync } from 'node:child_process'

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('npx', ['electron-vite', 'build'])
run(
  'npx',
  [
    'playwright',
    'test',
    'tests/e2e/guide-screens.spec.ts',
    'tests/e2e/appraisal-round.spec.ts',
    'tests/e2e/council.spec.ts',
  ],
  { ...process.env, GUIDE_SCREENS: '1' },
)
run('npx', ['electron-vite', 'build'])
console.log('Guide screenshots written to src/renderer/public/guide/ (vi, en).')

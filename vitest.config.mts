import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// A hang guard, not a performance assertion: workbook round trips over the big built-in
// frameworks take a few seconds on a loaded 2-core machine. Speed is measured in npm run bench.
const testTimeout = 30_000

// .mts because package.json has no "type": "module" (CommonJS keeps the sandboxed preload working).
export default defineConfig({
  // the one path alias (tsconfig.base.json paths): @core/<folder>/<file> is src/core/<folder>/<file>
  resolve: { alias: { '@core': resolve(__dirname, 'src/core') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          testTimeout,
          include: ['src/core/**/*.test.ts', 'src/core/**/*.test-prop.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          testTimeout,
          include: [
            'src/main/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'scripts/**/*.test.ts',
            'eslint-rules/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'node',
          testTimeout,
          include: ['src/renderer/src/**/*.test.ts'],
        },
      },
    ],
  },
})

import { defineConfig } from 'vitest/config'

// .mts because package.json has no "type": "module" (CommonJS keeps the sandboxed preload working).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/core/**/*.test-prop.ts'],
        },
      },
      {
        test: {
          name: 'main',
          environment: 'node',
          include: ['src/main/**/*.test.ts', 'src/shared/**/*.test.ts', 'src/cli/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'node',
          include: ['src/renderer/src/**/*.test.ts'],
        },
      },
    ],
  },
})

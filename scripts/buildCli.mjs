// Bundles the command-line tool (src/cli) into out/cli/index.cjs for `npx ictwb`.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'out/cli/index.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: Object.keys(packageJson.dependencies ?? {}),
  alias: { '@core': './src/core' },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  logLevel: 'warning',
})
console.log('out/cli/index.cjs built')

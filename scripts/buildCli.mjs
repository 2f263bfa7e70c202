// Bundles the command-line tool (src/cli) into out/cli/index.cjs for `npx ictwb`, and its parse
// worker (src/cli/parseWorker.ts) into out/cli/parseWorker.cjs, which `ictwb import` finds beside
// the running bundle.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: Object.keys(packageJson.dependencies ?? {}),
  alias: { '@core': './src/core' },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  logLevel: 'warning',
}

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'out/cli/index.cjs' }),
  build({ ...common, entryPoints: ['src/cli/parseWorker.ts'], outfile: 'out/cli/parseWorker.cjs' }),
])
console.log('out/cli/index.cjs and out/cli/parseWorker.cjs built')

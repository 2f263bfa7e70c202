// Tests run the CLI from its sources, where no bundled parse worker sits beside the code: this
// bundles src/cli/parseWorker.ts once per test file, inside node_modules so that its external
// dependencies (exceljs) resolve, and returns its path for `ICTWB_PARSE_WORKER`.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../../..')

/** The path of a freshly bundled parse worker (one per process). */
export async function parseWorkerForTests(): Promise<string> {
  const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  const outfile = resolve(root, 'node_modules/.cache/ictwb-tests', `parseWorker-${process.pid}.cjs`)
  await build({
    entryPoints: [resolve(root, 'src/cli/parseWorker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: Object.keys(packageJson.dependencies ?? {}),
    alias: { '@core': resolve(root, 'src/core') },
    logLevel: 'warning',
  })
  return outfile
}

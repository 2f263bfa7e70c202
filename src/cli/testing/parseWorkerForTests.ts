// Tests run the CLI from its sources, where no bundled parse worker sits beside the code: this
// bundles src/cli/parseWorker.ts once per test file, inside node_modules so that its external
// dependencies (exceljs) resolve, and returns its path for `ICTWB_PARSE_WORKER`.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../../..')

let bundled: Promise<string> | undefined

/** The path of a freshly bundled parse worker (one per process, removed when the process exits). */
export function parseWorkerForTests(): Promise<string> {
  bundled ??= bundleParseWorker()
  return bundled
}

async function bundleParseWorker(): Promise<string> {
  const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  const folder = resolve(root, 'node_modules/.cache/ictwb-tests')
  removeBundlesOfEndedProcesses(folder)
  const outfile = resolve(folder, `parseWorker-${process.pid}.cjs`)
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
  process.once('exit', () => rmSync(outfile, { force: true }))
  return outfile
}

/** Test processes may be killed before their exit handler runs: their bundles go at the next start. */
function removeBundlesOfEndedProcesses(folder: string): void {
  if (!existsSync(folder)) return
  for (const name of readdirSync(folder)) {
    const pid = Number(/^parseWorker-(\d+)\.cjs$/.exec(name)?.[1])
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      process.kill(pid, 0)
    } catch {
      rmSync(resolve(folder, name), { force: true })
    }
  }
}

// npm run bench: bundles the benchmark sources with esbuild, runs them in this Node process and
// writes bench/results.json. Figures are medians of several runs, reported with a baseline
// measured in the same run (these machines are noisy; compare ratios, not milliseconds).
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { pathToFileURL } from 'node:url'

mkdirSync('bench/tmp', { recursive: true })
await build({ entryPoints: ['bench/scoringBench.ts'], outfile: 'bench/tmp/scoringBench.mjs', bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', external: ['exceljs'] })
const { runScoringBench } = await import(pathToFileURL('bench/tmp/scoringBench.mjs').href)
await build({ entryPoints: ['bench/importBench.ts', 'bench/importBenchWorker.ts'], outdir: 'bench/tmp', outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', external: ['exceljs'] })
const { runImportBench } = await import(pathToFileURL('bench/tmp/importBench.mjs').href)

const started = performance.now()
const scoring = runScoringBench()
const results = {
  machine: { cores: cpus().length, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version },
  ...scoring,
  ...(await runImportBench(new URL('../bench/tmp/importBenchWorker.mjs', import.meta.url))),
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  total_s: Math.round((performance.now() - started) / 100) / 10,
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
console.table(Object.entries(results).filter(([key]) => key !== 'machine').map(([key, value]) => ({ key, value })))
console.log('machine', results.machine, '→ bench/results.json')

// npm run bench: bundles the benchmark sources with esbuild and runs them in this Node process
// (scoring, import of 700 generated workbooks, results report), then the UI figures in Debian
// Chromium against the browser edition (bench/ui, Playwright). Writes bench/results.json with
// exactly the keys of the benchmarks issue, and bench/details.json with every median's min, max and
// the baselines measured in the same run (these machines are noisy: compare ratios, not
// milliseconds). Neither file is committed.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { pathToFileURL } from 'node:url'

const started = performance.now()
mkdirSync('bench/tmp', { recursive: true })
const bundle = (entryPoints) =>
  build({
    entryPoints,
    outdir: 'bench/tmp',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: ['exceljs'],
    alias: { '@core': './src/core' },
  })
// `npm run bench -- --only=import` runs only the import part (and the results report and its
// verification); `--only=verify` only the verification of a 700-unit report; `--only=sensitivity`
// only the sensitivity analysis of 700 units; `--only=scoring` the scoring figures and the COINr
// comparison, `--only=coinr` only the latter; `--only=backup` only the 1 GB backup and restore
// (in Chromium, bench/ui/backup1gb.bench.ts, plus the Node stream detail); for quick checks.
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length)
await bundle([
  'bench/scoringBench.ts',
  'bench/coinrBench.ts',
  'bench/importBench.ts',
  'bench/importBenchWorker.ts',
  'bench/backupBench.ts',
])
const { runScoringBench, runSensitivityBench } = await import(
  pathToFileURL('bench/tmp/scoringBench.mjs').href
)
const { runCoinrBench } = await import(pathToFileURL('bench/tmp/coinrBench.mjs').href)
const { runImportBench, runVerifyBench } = await import(pathToFileURL('bench/tmp/importBench.mjs').href)
// The CLI's peak memory is measured on the built CLI, as users run it.
const cliBuilt = spawnSync(process.execPath, ['scripts/buildCli.mjs'], { stdio: 'inherit' })
if (cliBuilt.status !== 0) console.error('the CLI did not build: import_cli_peak_rss_mb is not measured')

if (only !== undefined) console.log(`only the ${only} part`)
// COINr and the engine on the same tables in this run (bench/coinrBench.ts), first, while this
// process's heap is still small; skipped, with the reason printed, when R or COINr is missing.
console.log('COINr side by side …')
const coinr = only === undefined || only === 'scoring' || only === 'coinr' ? runCoinrBench() : {}
console.log('scoring …')
const scoring = only === undefined || only === 'scoring' ? runScoringBench() : {}
console.log('sensitivity analysis of 700 units (4 assumptions, N = 500: 3,000 recomputations) …')
const sensitivity = only === undefined || only === 'sensitivity' ? runSensitivityBench() : {}
console.log('import of 700 generated workbooks, the results report and ictwb import …')
const importing =
  only === undefined || only === 'import'
    ? await runImportBench(
        new URL('../bench/tmp/importBenchWorker.mjs', import.meta.url),
        'out/cli/index.cjs',
      )
    : {}
if (only === 'verify') {
  console.log('verify of a 700-unit results report …')
  Object.assign(importing, await runVerifyBench())
}
// The backup format alone, streamed in Node with generated rows (a detail: the figure is
// the Chromium one below, from the app's real IndexedDB).
console.log('backup of 1 GB of evidence: the stream alone in Node (its own process) …')
const backupStream = only === undefined || only === 'backup' ? runBackupBench() : {}
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)

console.log('UI figures in Chromium …')
const ui = only === undefined || only === 'ui' ? runUiBench() : {}
// backup_1gb_peak_rss_mb: the renderer's peak RSS while the browser edition backs up 1 GB of
// evidence from its real IndexedDB (bench/ui/backup1gb.bench.ts, decision 0021); the restore's
// and the browser process's peaks are details.
console.log('backup and restore of 1 GB of evidence in Chromium …')
const backup = only === undefined || only === 'backup' ? runBackup1gbBench() : {}

const TARGETS = {
  import_over_baseline: ['≤', 0.8],
  import_parallel_speedup: ['≥', 1.6],
  import_cli_peak_rss_mb: ['<', 600],
  score_10000x50_ms: ['<', 50],
  uncertainty_700x1000_ms: ['<', 3000],
  coinr_speedup_asem: ['≥', 10],
  coinr_speedup_10000x50: ['≥', 10],
  sensitivity_700_ms: ['<', 10000],
  backup_1gb_peak_rss_mb: ['<', 600],
  ui_input_p95_ms: ['<', 50],
  autosave_commit_p95_ms: ['<', 50],
  ranking_render_700_ms: ['<', 500],
}
const results = {
  machine: { cores: cpus().length, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version },
  baseline_exceljs_load_ms_per_file: importing.baseline_exceljs_load_ms_per_file ?? null,
  import_ms_per_file: importing.import_ms_per_file ?? null,
  import_over_baseline: importing.import_over_baseline ?? null,
  import_builtin_inflater_over_baseline: importing.import_builtin_inflater_over_baseline ?? null,
  import_parallel_speedup: importing.import_parallel_speedup ?? null,
  import_cli_peak_rss_mb: importing.import_cli_peak_rss_mb ?? null,
  score_700_ms: scoring.score_700_ms ?? null,
  score_10000x50_ms: scoring.score_10000x50_ms ?? null,
  uncertainty_700x1000_ms: scoring.uncertainty_700x1000_ms ?? null,
  coinr_speedup_asem: coinr.coinr_speedup_asem ?? null,
  coinr_speedup_10000x50: coinr.coinr_speedup_10000x50 ?? null,
  sensitivity_700_ms: sensitivity.sensitivity_700_ms ?? null,
  report_700_ms: importing.report_700_ms ?? null,
  verify_700_ms: importing.verify_700_ms ?? null,
  backup_1gb_peak_rss_mb: backup.backup_1gb_peak_rss_mb ?? null,
  peak_rss_mb: peakRssMb,
  ui_time_to_interactive_ms: ui.ui_time_to_interactive_ms?.value ?? null,
  ui_input_p95_ms: ui.ui_input_p95_ms?.value ?? null,
  autosave_commit_p95_ms: ui.autosave_commit_p95_ms?.value ?? null,
  ranking_render_700_ms: ui.ranking_render_700_ms?.value ?? null,
}
const details = {
  ...scoring,
  ...coinr,
  ...sensitivity,
  ...importing,
  ...backupStream,
  ...backup,
  ui,
  total_s: Math.round((performance.now() - started) / 100) / 10,
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
writeFileSync('bench/details.json', `${JSON.stringify(details, null, 2)}\n`)
console.table(
  Object.entries(results)
    .filter(([key]) => key !== 'machine')
    .map(([key, value]) => {
      const target = TARGETS[key]
      const met =
        target === undefined || value === null
          ? ''
          : (
                target[0] === '≥'
                  ? value >= target[1]
                  : target[0] === '≤'
                    ? value <= target[1]
                    : value < target[1]
              )
            ? 'met'
            : 'MISSED'
      return { key, value, target: target === undefined ? '' : `${target[0]} ${target[1]}`, met }
    }),
)
console.log('machine', results.machine, `total ${details.total_s} s → bench/results.json, bench/details.json`)
if (coinr.coinr_skipped !== undefined)
  console.warn(`coinr_speedup_asem and coinr_speedup_10000x50 skipped: ${coinr.coinr_skipped}`)
const missing = Object.entries(results)
  .filter(
    ([key, value]) => value === null && !(coinr.coinr_skipped !== undefined && key.startsWith('coinr_')),
  )
  .map(([key]) => key)
if (missing.length > 0 && only === undefined) {
  console.error(`not measured: ${missing.join(', ')}`)
  process.exitCode = 1
}

/** Builds the renderer when it is missing, runs bench/ui in Chromium and reads the figures it wrote. */
function runUiBench() {
  if (!existsSync('out/renderer/index.html')) {
    const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) return {}
  }
  rmSync('bench/tmp/ui', { recursive: true, force: true })
  spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.bench.config.ts', '--grep-invert', 'backup_1gb'],
    {
      stdio: 'inherit',
    },
  )
  const figures = {}
  for (const key of [
    'ui_time_to_interactive_ms',
    'ui_input_p95_ms',
    'autosave_commit_p95_ms',
    'ranking_render_700_ms',
  ]) {
    const file = `bench/tmp/ui/${key}.json`
    if (existsSync(file)) figures[key] = JSON.parse(readFileSync(file, 'utf8'))
  }
  return figures
}

/**
 * The 1 GB backup and restore in Chromium (bench/ui/backup1gb.bench.ts): 1 GB in the profile and a
 * 1.3 GB file in a temp dir the bench deletes. Its figures, or {} (said why) when it failed: a
 * failed backup or a restore that lost a row is never reported as a figure.
 */
function runBackup1gbBench() {
  if (!existsSync('out/renderer/index.html')) {
    const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) return {}
  }
  const file = 'bench/tmp/ui/backup_1gb.json'
  rmSync(file, { force: true })
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.bench.config.ts', '--grep', 'backup_1gb'],
    {
      stdio: 'inherit',
    },
  )
  if (run.status !== 0 || !existsSync(file)) {
    console.error('the 1 GB backup bench in Chromium failed: backup_1gb_peak_rss_mb is not measured')
    return {}
  }
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** The backup stream bench in a child process, so the peak RSS it reports is the stream's alone. */
function runBackupBench() {
  const run = spawnSync(process.execPath, ['bench/tmp/backupBench.mjs'], { encoding: 'utf8' })
  const line = run.stdout.split('\n').find((text) => text.startsWith('{'))
  if (run.status !== 0 || line === undefined) {
    console.error(`the backup stream bench failed: ${run.stderr}`)
    return {}
  }
  return JSON.parse(line)
}

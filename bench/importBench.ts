// Import benchmark (Excel exchange issue, done-when; issue #15 targets): our import of a
// questionnaire workbook (guarded zip, one saxes pass per XML part, questionnaire codec, content
// hash, commit) against a plain exceljs load of the same files in the same run, the speed-up of
// parsing in two worker_threads (the bulk import's pool) over one thread, and the peak memory of
// `ictwb import` on the 700 files (the built CLI, its bounded parse workers included). Medians of
// several rounds.
import ExcelJS from 'exceljs'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import { createMemoryImportStore } from '@core/import/memoryImportStore'
import { createParsePool, type ParseWorkerHandle } from '@core/import/createParsePool'
import type { ImportBatch } from '@core/import/importTypes'
import { parseWorkbookFile } from '@core/import/parseWorkbookFile'
import { nodeReadHost } from '../src/cli/nodeReadHost'
import type { ParseWorkerReply } from '@core/import/parseWorkerProtocol'
import { runImportBatch, type FileParser } from '@core/import/runImportBatch'
import { verifyResultsReportFile } from '@core/formats/results-report/verifyResultsReport'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

const FILES = 700
const ROUNDS = 3
const SEED = 5

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits

type Generated = {
  readonly files: readonly Uint8Array[]
  readonly units: readonly UnitAnswers[]
  readonly folder: string
}

/** 700 filled department questionnaires from a seed (the sample generator's answers: tables, some values missing), written to a temporary folder and read back from it. */
async function generatedWorkbooks(framework: ValidFramework): Promise<Generated> {
  const sample = generateSample({
    framework,
    year: framework.year,
    seed: SEED,
    extraUnits: FILES,
    anomalies: false,
  })
  if (!sample.ok) throw new Error('sample')
  const folder = mkdtempSync(join(tmpdir(), 'ictwb-bench-'))
  const submissions = sample.value.submissions.slice(0, FILES)
  for (const [index, submission] of submissions.entries()) {
    const written = await writeQuestionnaireWorkbook(framework, {
      unit: { code: submission.unit.code, name: submission.unit.name },
      appVersion: 'bench',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: submission.answers, comments: {} },
    })
    if (!written.ok) throw new Error('workbook')
    writeFileSync(
      join(folder, `${String(index).padStart(3, '0')}-${submission.unit.code}.xlsx`),
      written.value,
    )
  }
  const files = readdirSync(folder)
    .sort()
    .map((name) => new Uint8Array(readFileSync(join(folder, name))))
  const units = submissions.map((submission) => ({
    code: submission.unit.code,
    name: submission.unit.name,
    group: submission.unit.groupName,
    answers: submission.answers,
  }))
  return { files, units, folder }
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}

// No `resourceLimits`: the app's parse workers are Web Workers (no V8 heap caps), and a capped
// worker_threads heap measured twice the CPU per file here (more scavenges), which is not the app's.
function nodeWorker(path: string): ParseWorkerHandle {
  const worker = new Worker(path)
  const failures: ((message: string) => void)[] = []
  worker.on('error', (error) => failures.forEach((listener) => listener(error.message)))
  return {
    post: (message) => worker.postMessage(message),
    onReply: (listener) => void worker.on('message', (reply: ParseWorkerReply) => listener(reply)),
    onFailure: (listener) => void failures.push(listener),
    terminate: () => void worker.terminate(),
  }
}

const batchOf = (framework: ValidFramework, id: string): ImportBatch => ({
  id,
  frameworkId: framework.id,
  frameworkVersion: framework.version,
  year: framework.year,
  startedAt: '2026-03-02T08:00:00.000Z',
  finishedAt: null,
  total: FILES,
})

async function importAll(
  framework: ValidFramework,
  files: readonly Uint8Array[],
  parse: FileParser,
  id: string,
): Promise<void> {
  const result = await runImportBatch({
    batch: batchOf(framework, id),
    files: files.map((bytes, index) => ({ fileName: `u${index}.xlsx`, bytes: bytes.slice() })),
    parse,
    store: createMemoryImportStore(),
    now: () => new Date(),
  })
  const imported = result.outcomes.filter((outcome) => outcome.kind === 'imported').length
  if (imported !== files.length)
    throw new Error(
      `only ${imported} of ${files.length} imported: ${JSON.stringify(result.outcomes.find((outcome) => outcome.kind !== 'imported'))}`,
    )
}

/**
 * Peak resident memory (MB) of one `ictwb import` of the folder, run as users run it: the built
 * CLI (`out/cli/index.cjs`) in its own Node process, with a preloaded probe that records the
 * process's maximum RSS (worker threads included) when it exits. `null` without a built CLI.
 */
function cliPeakRssMb(folder: string, cliPath: string): number | null {
  if (!existsSync(cliPath)) return null
  const probe = join(folder, '..', `${folder.split(/[\\/]/).pop() ?? 'x'}-rss-probe.cjs`)
  const report = `${probe}.json`
  writeFileSync(
    probe,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.ICTWB_RSS_REPORT, String(process.resourceUsage().maxRSS)))\n",
  )
  const run = spawnSync(
    process.execPath,
    ['--require', probe, cliPath, 'import', folder, '--framework', 'dept-ict-readiness'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ICTWB_LANG: 'en', ICTWB_RSS_REPORT: report },
    },
  )
  const imported = run.stdout.split('\n').filter((line) => line.startsWith('OK ')).length
  rmSync(probe, { force: true })
  if (run.status !== 0 || imported !== FILES)
    throw new Error(
      `ictwb import: exit ${run.status}, ${imported} of ${FILES} OK: ${run.stderr.slice(0, 500)}`,
    )
  const kilobytes = Number(readFileSync(report, 'utf8'))
  rmSync(report, { force: true })
  return Math.round(kilobytes / 1024)
}

/** Runs the import benchmark; `workerPath` is the bundled Node parse worker (bench/importBenchWorker.ts), `cliPath` the built CLI. */
export async function runImportBench(
  workerPath: string,
  cliPath = 'out/cli/index.cjs',
): Promise<Record<string, number | null>> {
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('framework')
  const framework = loaded.value
  const generated = await generatedWorkbooks(framework)
  const files = generated.files
  // `ictwb import` reads with Node's zlib and hash (nodeReadHost); the app reads with the built-in
  // inflater (fflate) and Web Crypto, measured beside it as import_builtin_inflater_over_baseline.
  const inProcess: FileParser = (file) => parseWorkbookFile(file, framework, {}, nodeReadHost)
  const inProcessBuiltIn: FileParser = (file) => parseWorkbookFile(file, framework)
  const baselines: number[] = []
  const imports: number[] = []
  const importsBuiltIn: number[] = []
  for (let index = 0; index < ROUNDS; index += 1) {
    baselines.push(
      await timed(async () => {
        for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer)
      }),
    )
    imports.push(await timed(() => importAll(framework, files, inProcess, `sequential-${index}`)))
    importsBuiltIn.push(
      await timed(() => importAll(framework, files, inProcessBuiltIn, `sequential-builtin-${index}`)),
    )
  }
  const pool = createParsePool({
    size: 2,
    spawn: () => nodeWorker(workerPath),
    framework,
    timeoutMs: 60_000,
    timer: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  })
  // Warm-up: both workers load exceljs and optimise the parse code, as the main thread did in the sequential rounds.
  await importAll(framework, files.slice(0, 100), pool.parse, 'warm-up')
  const parallel: number[] = []
  for (let index = 0; index < ROUNDS; index += 1)
    parallel.push(await timed(() => importAll(framework, files, pool.parse, `parallel-${index}`)))
  pool.close()
  const report = await reportBench(framework, generated.units)
  const verify = await verifyBench(framework, generated.units)
  const cliRss = cliPeakRssMb(generated.folder, cliPath)
  rmSync(generated.folder, { recursive: true, force: true })
  const baseline = median(baselines) / FILES
  const sequential = median(imports) / FILES
  return {
    import_files: FILES,
    import_workbook_kb: round(files.reduce((sum, bytes) => sum + bytes.length, 0) / FILES / 1024),
    baseline_exceljs_load_ms_per_file: round(baseline),
    import_ms_per_file: round(sequential),
    import_over_baseline: round(sequential / baseline, 2),
    import_builtin_inflater_over_baseline: round(median(importsBuiltIn) / FILES / baseline, 2),
    import_parallel_ms_per_file: round(median(parallel) / FILES),
    import_parallel_speedup: round(median(imports) / median(parallel), 2),
    import_min_ms_per_file: round(Math.min(...imports) / FILES),
    import_max_ms_per_file: round(Math.max(...imports) / FILES),
    import_cli_peak_rss_mb: cliRss,
    ...report,
    ...verify,
  }
}

/**
 * `ictwb verify`'s work on the results report of 700 units (issue #20): read the file, recompute
 * every result from its manifest and compare every sheet, against a plain exceljs load of the same
 * file in the same run (reading alone, the least any check must do).
 */
export async function verifyBench(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
): Promise<Record<string, number>> {
  const written = await writeResultsReport({
    framework,
    result: computeAssessment(framework, units),
    units,
    year: framework.year,
    appraisals: [],
    previous: null,
    status: 'official',
    generatedAt: '2026-03-02T08:00:00.000Z',
    appVersion: 'bench',
  })
  if (!written.ok) throw new Error('report')
  const bytes = written.value
  const verifies: number[] = []
  const baselines: number[] = []
  for (let index = 0; index < ROUNDS; index += 1) {
    baselines.push(await timed(() => new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer)))
    verifies.push(
      await timed(async () => {
        const verdict = await verifyResultsReportFile(bytes)
        if (!verdict.ok || verdict.value.differences.length > 0)
          throw new Error(
            `verify: ${JSON.stringify(verdict.ok ? verdict.value.differences.slice(0, 3) : verdict.error)}`,
          )
      }),
    )
  }
  return {
    verify_700_ms: round(median(verifies), 0),
    verify_700_min_ms: round(Math.min(...verifies), 0),
    verify_700_max_ms: round(Math.max(...verifies), 0),
    verify_700_report_kb: round(bytes.length / 1024, 0),
    verify_700_baseline_exceljs_load_ms: round(median(baselines), 0),
    verify_700_over_baseline: round(median(verifies) / median(baselines), 2),
  }
}

/** `verifyBench` alone, on 700 units' answers from the sample generator (no workbooks written): `npm run bench -- --only=verify`. */
export async function runVerifyBench(): Promise<Record<string, number>> {
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('framework')
  return verifyBench(loaded.value, sampleUnits(loaded.value))
}

function sampleUnits(framework: ValidFramework): UnitAnswers[] {
  const sample = generateSample({
    framework,
    year: framework.year,
    seed: SEED,
    extraUnits: FILES,
    anomalies: false,
  })
  if (!sample.ok) throw new Error('sample')
  return sample.value.submissions.slice(0, FILES).map((submission) => ({
    code: submission.unit.code,
    name: submission.unit.name,
    group: submission.unit.groupName,
    answers: submission.answers,
  }))
}

/** Writing the results report of 700 units (scores computed once, outside the timing), against a plain exceljs workbook of the same 700 answer rows. */
async function reportBench(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
): Promise<Record<string, number>> {
  const result = computeAssessment(framework, units)
  const reports: number[] = []
  const baselines: number[] = []
  for (let index = 0; index < ROUNDS; index += 1) {
    baselines.push(
      await timed(async () => {
        const workbook = new ExcelJS.Workbook()
        const sheet = workbook.addWorksheet('answers')
        for (const unit of units)
          sheet.addRow([
            unit.code,
            unit.name,
            ...framework.questions.map((question) => {
              const value = unit.answers[question.code]
              return typeof value === 'number' || typeof value === 'string' ? value : null
            }),
          ])
        await workbook.xlsx.writeBuffer()
      }),
    )
    reports.push(
      await timed(async () => {
        const written = await writeResultsReport({
          framework,
          result,
          units,
          year: framework.year,
          appraisals: [],
          previous: null,
          status: 'provisional',
          generatedAt: '2026-03-02T08:00:00.000Z',
          appVersion: 'bench',
        })
        if (!written.ok) throw new Error('report')
      }),
    )
  }
  return {
    report_700_ms: round(median(reports), 0),
    report_700_min_ms: round(Math.min(...reports), 0),
    report_700_max_ms: round(Math.max(...reports), 0),
    report_700_baseline_ms: round(median(baselines), 0),
    report_700_over_baseline: round(median(reports) / median(baselines), 2),
  }
}

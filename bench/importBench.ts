// Import benchmark (Excel exchange issue, done-when): our import of a questionnaire workbook
// (guarded read: zip/XML pre-scan, exceljs, questionnaire codec, content hash, commit) against a
// plain exceljs load of the same files in the same run, and the speed-up of parsing in two
// worker_threads (the bulk import's pool) over one thread. Medians of several rounds.
import ExcelJS from 'exceljs'
import { Worker } from 'node:worker_threads'
import { loadBuiltInFramework } from '../src/core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '../src/core/excel/questionnaire/writeQuestionnaireWorkbook'
import type { ValidFramework } from '../src/core/framework/validateFramework'
import { createMemoryImportStore } from '../src/core/import/memoryImportStore'
import { createParsePool, type ParseWorkerHandle } from '../src/core/import/createParsePool'
import type { ImportBatch } from '../src/core/import/importTypes'
import { parseWorkbookFile } from '../src/core/import/parseWorkbookFile'
import type { ParseWorkerReply } from '../src/core/import/parseWorkerProtocol'
import { runImportBatch, type FileParser } from '../src/core/import/runImportBatch'
import { generateSample } from '../src/core/sample/generateSample'

const FILES = 60
const ROUNDS = 5

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits

async function generatedWorkbooks(framework: ValidFramework): Promise<Uint8Array[]> {
  const sample = generateSample({ framework, year: framework.year, seed: 5, extraUnits: FILES, anomalies: false })
  if (!sample.ok) throw new Error('sample')
  const files: Uint8Array[] = []
  for (const submission of sample.value.submissions.slice(0, FILES)) {
    const written = await writeQuestionnaireWorkbook(framework, { unit: { code: submission.unit.code, name: submission.unit.name }, appVersion: 'bench', exportedAt: '2026-03-01T08:00:00.000Z', content: { answers: submission.answers, comments: {} } })
    if (!written.ok) throw new Error('workbook')
    files.push(written.value)
  }
  return files
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}

function nodeWorker(path: string): ParseWorkerHandle {
  const worker = new Worker(path, { resourceLimits: { maxOldGenerationSizeMb: 512 } })
  const failures: ((message: string) => void)[] = []
  worker.on('error', (error) => failures.forEach((listener) => listener(error.message)))
  return {
    post: (message) => worker.postMessage(message),
    onReply: (listener) => void worker.on('message', (reply: ParseWorkerReply) => listener(reply)),
    onFailure: (listener) => void failures.push(listener),
    terminate: () => void worker.terminate(),
  }
}

const batchOf = (framework: ValidFramework, id: string): ImportBatch => ({ id, frameworkId: framework.id, frameworkVersion: framework.version, year: framework.year, startedAt: '2026-03-02T08:00:00.000Z', finishedAt: null, total: FILES })

async function importAll(framework: ValidFramework, files: readonly Uint8Array[], parse: FileParser, id: string): Promise<void> {
  const result = await runImportBatch({ batch: batchOf(framework, id), files: files.map((bytes, index) => ({ fileName: `u${index}.xlsx`, bytes: bytes.slice() })), parse, store: createMemoryImportStore(), now: () => new Date() })
  const imported = result.outcomes.filter((outcome) => outcome.kind === 'imported').length
  if (imported !== files.length) throw new Error(`only ${imported} of ${files.length} imported: ${JSON.stringify(result.outcomes.find((outcome) => outcome.kind !== 'imported'))}`)
}

/** Runs the import benchmark; `workerPath` is the bundled Node parse worker (bench/importBenchWorker.ts). */
export async function runImportBench(workerPath: string): Promise<Record<string, number>> {
  const loaded = loadBuiltInFramework('dept-ict-readiness')
  if (!loaded.ok) throw new Error('framework')
  const framework = loaded.value
  const files = await generatedWorkbooks(framework)
  const inProcess: FileParser = (file) => parseWorkbookFile(file, framework)
  const baselines: number[] = []
  const imports: number[] = []
  for (let index = 0; index < ROUNDS; index += 1) {
    baselines.push(await timed(async () => {
      for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer)
    }))
    imports.push(await timed(() => importAll(framework, files, inProcess, `sequential-${index}`)))
  }
  const pool = createParsePool({ size: 2, spawn: () => nodeWorker(workerPath), framework, timeoutMs: 60_000, timer: { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) } })
  await importAll(framework, files.slice(0, 4), pool.parse, 'warm-up')
  const parallel: number[] = []
  for (let index = 0; index < ROUNDS; index += 1) parallel.push(await timed(() => importAll(framework, files, pool.parse, `parallel-${index}`)))
  pool.close()
  const baseline = median(baselines) / FILES
  const sequential = median(imports) / FILES
  return {
    import_files: FILES,
    import_workbook_kb: round(files.reduce((sum, bytes) => sum + bytes.length, 0) / FILES / 1024),
    baseline_exceljs_load_ms_per_file: round(baseline),
    import_ms_per_file: round(sequential),
    import_over_baseline: round(sequential / baseline, 2),
    import_parallel_ms_per_file: round(median(parallel) / FILES),
    import_parallel_speedup: round(median(imports) / median(parallel), 2),
  }
}

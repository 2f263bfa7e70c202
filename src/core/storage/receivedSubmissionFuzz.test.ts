// Reliability §5.1 XL-IN-FUZZ: 600 seeded mutations of a filled questionnaire workbook, parsed the
// way bulk import parses them: in two isolated workers (Node worker_threads, 512 MB heap each) with
// a 10 s limit per file. Each file is either refused with a known, specific code, or, when the
// mutation left a readable questionnaire, imported as a valid submission; Object.prototype stays
// untouched and the refused files change nothing in the database.
import 'fake-indexeddb/auto'
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { questionnaireIssueCodes } from '@core/formats/questionnaire/questionnaireIssue'
import goldenFramework from '@core/formats/questionnaire/testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from '@core/formats/questionnaire/testing/questionnaireFixtures'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { workbookReadIssueCodes } from '@core/excel/workbookReadIssue'
import { prototypeKeys } from '@core/excel/xlsx/testing/xlsxPackage'
import { loadFramework } from '@core/framework/loadFramework'
import { createParsePool, type ParseWorkerHandle } from '@core/import/createParsePool'
import type { ParsedFile } from '@core/import/importTypes'
import type { ParseWorkerReply } from '@core/import/parseWorkerProtocol'
import { runImportBatch } from '@core/import/runImportBatch'
import { aBatch } from '@core/import/testing/anIncomingSubmission'
import { mutateWorkbook } from '@core/import/testing/mutateWorkbook'
import { mulberry32 } from '@core/seededRandom'
import { validateAnswer } from '@core/responses/validateAnswers'
import { openWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'

const FUZZ_FILES = Number(process.env['ICTWB_FUZZ_FILES'] ?? 600)
const SEED = Number(process.env['ICTWB_FUZZ_SEED'] ?? 20260301)
const KNOWN_CODES = new Set<string>([
  ...workbookReadIssueCodes,
  ...questionnaireIssueCodes,
  'not-an-xlsx-file',
  'parse-timeout',
  'parse-crashed',
])

/** The Node parse worker: the shared protocol on worker_threads' port, bundled once per run. */
async function buildNodeWorker(): Promise<string> {
  mkdirSync('bench/tmp', { recursive: true })
  const outfile = resolve('bench/tmp/fuzz-parse-worker.cjs')
  await build({
    stdin: {
      contents:
        "import { parentPort } from 'node:worker_threads'\nimport { serveParseRequests } from './parseWorkerProtocol'\nserveParseRequests({ onMessage: (listener) => parentPort.on('message', listener), postMessage: (reply) => parentPort.postMessage(reply) })\n",
      resolveDir: resolve('src/core/import'),
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['exceljs'],
    logLevel: 'warning',
  })
  return outfile
}

function nodeWorker(path: string): ParseWorkerHandle {
  const worker = new Worker(path, { resourceLimits: { maxOldGenerationSizeMb: 512 } })
  let failed = false
  const failures: ((message: string) => void)[] = []
  const fail = (message: string) => {
    if (failed) return
    failed = true
    for (const listener of failures) listener(message)
  }
  worker.on('error', (error) => fail(error.message))
  worker.on('exit', (code) => fail(`worker exited with code ${code}`))
  return {
    post: (message) => worker.postMessage(message),
    onReply: (listener) => void worker.on('message', (reply: ParseWorkerReply) => listener(reply)),
    onFailure: (listener) => void failures.push(listener),
    terminate: () => {
      failed = true
      void worker.terminate()
    },
  }
}

const dump = async (database: WorkbenchDatabase) =>
  JSON.stringify(await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()])))

describe('mutation fuzz of the questionnaire workbook', () => {
  it(`refuses or cleanly imports ${FUZZ_FILES} mutated files (seed ${SEED})`, async () => {
    const loaded = loadFramework(goldenFramework)
    if (!loaded.ok) throw new Error('golden framework')
    const framework = loaded.value
    const written = await writeQuestionnaireWorkbook(framework, FILLED_OPTIONS)
    if (!written.ok) throw new Error('base not written')
    const random = mulberry32(SEED)
    const workerPath = await buildNodeWorker()
    const pool = createParsePool({
      size: 2,
      spawn: () => nodeWorker(workerPath),
      framework,
      timeoutMs: 10_000,
      timer: {
        set: (callback, milliseconds) => setTimeout(callback, milliseconds),
        clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
    })
    const prototypeBefore = prototypeKeys()
    const problems: string[] = []
    const rejected = new Map<string, ParsedFile>()
    const timedOut: string[] = []
    let accepted = 0

    const files = Array.from({ length: FUZZ_FILES }, (_, index) => ({
      name: `fuzz-${index}.xlsx`,
      ...mutateWorkbook(written.value, random),
    }))
    const results = await Promise.all(
      files.map(async ({ name, bytes, mutations }) => {
        const started = performance.now()
        const parsed = await pool.parse({ fileName: name, bytes })
        return { name, mutations, parsed, seconds: (performance.now() - started) / 1000 }
      }),
    )
    pool.close()
    for (const { name, mutations, parsed } of results) {
      const where = `${name} [${mutations.map((mutation) => `${mutation.kind} ${mutation.detail}`).join('; ')}]`
      if (parsed.status === 'rejected') {
        rejected.set(name, parsed)
        const unknown = parsed.issues.filter((issue) => !KNOWN_CODES.has(issue.code))
        if (parsed.issues.length === 0 || unknown.length > 0)
          problems.push(`${where}: ${JSON.stringify(unknown.length > 0 ? unknown : parsed.issues)}`)
        if (parsed.issues.some((issue) => issue.code === 'parse-timeout' || issue.code === 'parse-crashed'))
          timedOut.push(`${where}: ${JSON.stringify(parsed.issues)}`)
        continue
      }
      if (parsed.status !== 'parsed') {
        problems.push(`${where}: read as a ${parsed.status}`)
        continue
      }
      accepted += 1
      const answers = parsed.submission.content.answers
      for (const question of framework.questions) {
        const invalid = validateAnswer(question, answers[question.code])
        if (invalid.length > 0)
          problems.push(`${where}: imported an invalid ${question.code}: ${JSON.stringify(invalid)}`)
      }
    }
    console.info(
      `fuzz: ${FUZZ_FILES} files, ${rejected.size} refused, ${accepted} imported, stopped by the time or memory limit: ${timedOut.length}\n${timedOut.join('\n')}`,
    )
    const opened = await openWorkbenchDatabase(`fuzz-${crypto.randomUUID()}`)
    if (!opened.ok) throw new Error(opened.error.code)
    const store = createReceivedSubmissionRepository(opened.value)
    const before = await dump(opened.value)
    const batch = await runImportBatch({
      batch: aBatch({ id: 'fuzz' }),
      files: [...rejected.keys()].map((fileName) => ({ fileName, bytes: new Uint8Array() })),
      parse: async (file) => rejected.get(file.fileName) as ParsedFile,
      store,
      now: () => new Date(),
    })

    expect(problems).toEqual([])
    expect(rejected.size + accepted).toBe(FUZZ_FILES)
    expect(rejected.size).toBeGreaterThanOrEqual(FUZZ_FILES * 0.6)
    expect(batch.outcomes.every((outcome) => outcome.kind === 'rejected')).toBe(true)
    expect(await dump(opened.value)).toBe(before)
    expect(prototypeKeys()).toEqual(prototypeBefore)
  }, 900_000)
})

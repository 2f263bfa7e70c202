// Reliability §5.1 (XL-IN) through the whole import: every hostile or malformed workbook of the
// generated corpus is refused with a specific code, within 10 s, without touching Object.prototype
// and without changing anything in the database.
import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import goldenFramework from '@core/formats/questionnaire/testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from '@core/formats/questionnaire/testing/questionnaireFixtures'
import {
  RESAVE_STYLES,
  resaveWorkbook,
  type ResaveStyle,
} from '@core/formats/questionnaire/testing/resaveWorkbook'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { prototypeKeys } from '@core/excel/xlsx/testing/xlsxPackage'
import type { ParsedFile } from '@core/import/importTypes'
import { parseWorkbookFile } from '@core/import/parseWorkbookFile'
import { runImportBatch } from '@core/import/runImportBatch'
import { aBatch } from '@core/import/testing/anIncomingSubmission'
import { hostileCorpus, type CorpusBase, type HostileCase } from '@core/import/testing/hostileCorpus'
import { openWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'

const loaded = loadFramework(goldenFramework)
if (!loaded.ok) throw new Error('golden framework')
const framework: ValidFramework = loaded.value
let base: CorpusBase
let corpus: readonly HostileCase[] = []

const dump = async (database: WorkbenchDatabase) =>
  JSON.stringify(await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()])))

beforeAll(async () => {
  const written = await writeQuestionnaireWorkbook(framework, FILLED_OPTIONS)
  if (!written.ok) throw new Error('base not written')
  const read = await readWorkbook(written.value)
  if (!read.ok) throw new Error('base not read')
  const style = RESAVE_STYLES['excel-like'] as ResaveStyle
  base = {
    bytes: written.value,
    workbook: read.value,
    write: (workbook) => resaveWorkbook(workbook, style, () => null),
  }
  corpus = hostileCorpus(base)
}, 120_000)

describe('the hostile workbook corpus', () => {
  it('has at least 50 kinds, each in at least 3 variants, built from a template that itself imports', async () => {
    const kinds = new Map<string, number>()
    for (const entry of corpus) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1)

    expect(kinds.size).toBeGreaterThanOrEqual(50)
    expect([...kinds.entries()].filter(([, count]) => count < 3)).toEqual([])
    expect((await parseWorkbookFile({ fileName: 'base.xlsx', bytes: base.bytes }, framework)).status).toBe(
      'parsed',
    )
    expect(
      (await parseWorkbookFile({ fileName: 'resaved.xlsx', bytes: base.write(base.workbook) }, framework))
        .status,
    ).toBe('parsed')
  })

  it('refuses every file with a specific code within 10 s, and the database does not change', async () => {
    const opened = await openWorkbenchDatabase(`hostile-${crypto.randomUUID()}`)
    if (!opened.ok) throw new Error(opened.error.code)
    const database = opened.value
    const store = createReceivedSubmissionRepository(database)
    await runImportBatch({
      batch: aBatch({ id: 'seed', frameworkId: framework.id, frameworkVersion: framework.version }),
      files: [{ fileName: 'seed.xlsx', bytes: base.bytes }],
      parse: (file) => parseWorkbookFile(file, framework),
      store,
      now: () => new Date(),
    })
    const before = await dump(database)
    const prototypeBefore = prototypeKeys()
    const parsed = new Map<string, ParsedFile>()
    const wrong: string[] = []

    for (const entry of corpus) {
      const name = `${entry.kind} / ${entry.variant}.xlsx`
      const started = performance.now()
      const result = await parseWorkbookFile({ fileName: name, bytes: entry.bytes() }, framework)
      const seconds = (performance.now() - started) / 1000
      parsed.set(name, result)
      const codes = result.status === 'rejected' ? result.issues.map((issue) => issue.code) : ['<parsed>']
      if (!codes.some((code) => entry.expected.includes(code)) || seconds > 10)
        wrong.push(`${name}: ${codes.join(', ')} in ${seconds.toFixed(1)} s`)
    }
    const batch = await runImportBatch({
      batch: aBatch({ id: 'hostile', total: parsed.size }),
      files: [...parsed.keys()].map((fileName) => ({ fileName, bytes: new Uint8Array() })),
      parse: async (file) => parsed.get(file.fileName) as ParsedFile,
      store,
      now: () => new Date(),
    })

    expect(wrong).toEqual([])
    expect(batch.outcomes.every((outcome) => outcome.kind === 'rejected')).toBe(true)
    expect(prototypeKeys()).toEqual(prototypeBefore)
    expect(await dump(database)).toBe(before)
  }, 600_000)
})

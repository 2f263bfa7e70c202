import 'fake-indexeddb/auto'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { FEEDBACK_CONTENT } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import type { FileOutcome, ImportBatch } from '@core/import/importTypes'
import { parseWorkbookFile } from '@core/import/parseWorkbookFile'
import { runImportBatch, type BatchFile } from '@core/import/runImportBatch'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { createFeedbackRoundRepository } from './feedbackRoundRepository'
import { createImportJournalRepository } from './importJournalRepository'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'
import { batchResponseImporter, createRoundResponseRepository } from './roundResponseRepository'
import { validateStoredRows } from './storedRowSchemas'

const framework = anAssessmentFramework()

/** An assessment of STC and SYT with round 1 sent to STC; SYT's questionnaire, STC's response, STC's feedback package. */
async function setUp() {
  const database = defineWorkbenchDatabase(`response-batch-${crypto.randomUUID()}`)
  const created = await createAssessmentRepository(database).create(framework, 2025, [
    aUnit('STC'),
    aUnit('SYT'),
  ])
  if (!created.ok) throw new Error(created.error.code)
  const id = created.value.id
  const identity = {
    assessmentId: id,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: 2025,
    unitCode: 'STC',
    unitName: 'Sở Tài chính',
    round: 1,
    deadline: '2026-04-15',
    writtenAt: '2026-04-01T08:00:00.000Z',
    appVersion: '0.1.0',
  }
  const feedback = await writeFeedbackPackage(identity, FEEDBACK_CONTENT, [])
  if (!feedback.ok) throw new Error('feedback')
  await createFeedbackRoundRepository(database).record({
    assessmentId: id,
    round: 1,
    issuedAt: '2026-04-01T08:00:00.000Z',
    deadline: '2026-04-15',
    message: '',
    scope: 'disputed',
    attachments: [],
    packages: [{ unit: 'STC', contentHash: feedback.value.manifest.contentHash, items: 3 }],
  })
  const items = FEEDBACK_CONTENT.items.map((item, index) => ({
    ...item,
    decision: index < 2 ? ('explain' as const) : ('agree' as const),
    explanation: index < 2 ? 'Có văn bản kèm theo' : '',
  }))
  const response = await writeResponsePackage(
    identity,
    { frameworkName: 'x', feedbackHash: feedback.value.manifest.contentHash, items },
    [{ question: 'MayTinh', fileName: 'QĐ.pdf', bytes: Uint8Array.of(37, 80, 68, 70) }],
  )
  if (!response.ok) throw new Error('response')
  const questionnaire = await writeQuestionnaireWorkbook(framework, {
    unit: { code: 'SYT', name: 'Sở Y tế' },
    year: 2025,
    appVersion: '0.1.0',
    exportedAt: '2026-03-01T08:00:00.000Z',
  })
  if (!questionnaire.ok) throw new Error('questionnaire')
  // The response without its evidence file: the reader names what is missing.
  const entries = unzipSync(response.value.bytes)
  const damaged = zipSync(
    Object.fromEntries(Object.entries(entries).filter(([name]) => !name.startsWith('evidence/'))),
  )
  const files: BatchFile[] = [
    { fileName: 'SYT.xlsx', bytes: questionnaire.value },
    { fileName: 'STC-giai-trinh-vong1.zip', bytes: response.value.bytes },
    { fileName: 'STC-giai-trinh-vong1 (ban sao).zip', bytes: response.value.bytes },
    { fileName: 'STC-hong.zip', bytes: damaged },
    { fileName: `STC-vong1.${feedback.value.extension}`, bytes: feedback.value.bytes },
  ]
  return { database, id, files }
}

const batchOf = (id: string, total: number): ImportBatch => ({
  id,
  frameworkId: framework.id,
  frameworkVersion: framework.version,
  year: 2025,
  startedAt: '2026-04-10T08:00:00.000Z',
  finishedAt: null,
  total,
})

type Setup = Awaited<ReturnType<typeof setUp>>

const runBatch = (
  { database, id, files }: Setup,
  batch: ImportBatch,
  options: { readonly assessment?: boolean; readonly stopAfter?: number } = {},
) => {
  const signal = { aborted: false }
  let seen = 0
  return runImportBatch({
    batch,
    files,
    parse: (file) => parseWorkbookFile(file, framework, { year: 2025 }),
    store: createReceivedSubmissionRepository(database),
    now: () => new Date('2026-04-10T08:00:00.000Z'),
    signal,
    onOutcome: () => {
      seen += 1
      if (seen === options.stopAfter) signal.aborted = true
    },
    ...(options.assessment === false
      ? {}
      : { responses: batchResponseImporter(createRoundResponseRepository(database), id) }),
  })
}

const summary = (outcomes: readonly FileOutcome[]) =>
  outcomes.map((outcome) => ({
    file: outcome.fileName,
    kind: outcome.kind,
    round: 'response' in outcome ? outcome.response?.round : undefined,
    resumed: outcome.resumed === true,
    issues: outcome.kind === 'rejected' ? outcome.issues.map((issue) => issue.code) : [],
  }))

const counts = async ({ database, id }: Setup) => ({
  responses: await database.table('roundResponses').count(),
  evidence: await database.table('responseEvidence').count(),
  received: await database.table('receivedSubmissions').count(),
  audit: (await listAssessmentAudit(database, id)).length,
})

describe('responses through the bulk import', () => {
  it('imports a mixed batch: the questionnaire and the response each once, the duplicate, the damaged response and a feedback package reported', async () => {
    const setup = await setUp()
    const result = await runBatch(setup, batchOf('b-1', setup.files.length))

    expect(summary(result.outcomes)).toEqual([
      { file: 'SYT.xlsx', kind: 'imported', round: undefined, resumed: false, issues: [] },
      { file: 'STC-giai-trinh-vong1.zip', kind: 'imported', round: 1, resumed: false, issues: [] },
      { file: 'STC-giai-trinh-vong1 (ban sao).zip', kind: 'duplicate', round: 1, resumed: false, issues: [] },
      {
        file: 'STC-hong.zip',
        kind: 'rejected',
        round: undefined,
        resumed: false,
        issues: ['round-evidence-missing'],
      },
      {
        file: 'STC-vong1.xlsx',
        kind: 'rejected',
        round: undefined,
        resumed: false,
        issues: ['round-not-response'],
      },
    ])
    expect(await counts(setup)).toMatchObject({ responses: 1, evidence: 1, received: 1 })
    const journal = await createImportJournalRepository(setup.database).journal('b-1')
    expect(journal.map((entry) => [entry.fileName, entry.unitCode, entry.round])).toEqual([
      ['SYT.xlsx', 'SYT', undefined],
      ['STC-giai-trinh-vong1.zip', 'STC', 1],
    ])
    expect(validateStoredRows('importJournal', journal)).toEqual([])
    const audit = (await listAssessmentAudit(setup.database, setup.id)).filter(
      (entry) => entry.action === 'round.response-imported',
    )
    expect(audit.map((entry) => entry.detail)).toMatchObject([
      { unit: 'STC', round: 1, batchId: 'b-1', fileName: 'STC-giai-trinh-vong1.zip' },
    ])
  })

  it('resumes an interrupted batch from its journal without importing the response twice', async () => {
    const setup = await setUp()
    const batch = batchOf('b-2', setup.files.length)
    const first = await runBatch(setup, batch, { stopAfter: 2 })
    expect(first.cancelled).toBe(true)
    expect(await createImportJournalRepository(setup.database).interruptedBatches()).toMatchObject([
      { id: 'b-2' },
    ])
    const before = await counts(setup)

    const resumed = await runBatch(setup, batch)

    expect(summary(resumed.outcomes).slice(0, 3)).toEqual([
      { file: 'SYT.xlsx', kind: 'imported', round: undefined, resumed: true, issues: [] },
      { file: 'STC-giai-trinh-vong1.zip', kind: 'imported', round: 1, resumed: true, issues: [] },
      { file: 'STC-giai-trinh-vong1 (ban sao).zip', kind: 'imported', round: 1, resumed: true, issues: [] },
    ])
    expect(await counts(setup)).toEqual(before)
    expect(await createImportJournalRepository(setup.database).interruptedBatches()).toEqual([])
  })

  it('is a no-op when the same files are imported again in a new batch', async () => {
    const setup = await setUp()
    await runBatch(setup, batchOf('b-3', setup.files.length))
    const before = await counts(setup)

    const again = await runBatch(setup, batchOf('b-4', setup.files.length))

    expect(summary(again.outcomes).map((outcome) => `${outcome.kind}:${outcome.round ?? ''}`)).toEqual([
      'duplicate:',
      'duplicate:1',
      'duplicate:1',
      'rejected:',
      'rejected:',
    ])
    expect(await counts(setup)).toEqual(before)
    expect(await createImportJournalRepository(setup.database).journal('b-4')).toEqual([])
  })

  it('refuses responses, naming where to import them, when the batch runs for no assessment', async () => {
    const setup = await setUp()
    const result = await runBatch(setup, batchOf('b-5', setup.files.length), { assessment: false })
    expect(summary(result.outcomes).map((outcome) => outcome.issues[0] ?? outcome.kind)).toEqual([
      'imported',
      'round-response-needs-assessment',
      'round-response-needs-assessment',
      'round-response-needs-assessment',
      'round-not-response',
    ])
    expect(await counts(setup)).toMatchObject({ responses: 0, evidence: 0 })
  })

  it("refuses, each with its reason, another assessment's response and a response to a package this assessment never sent", async () => {
    const setup = await setUp()
    const other = await setUp()
    const otherResponse = other.files[1]?.bytes as Uint8Array
    // The response of this assessment's unit, but to a package the round did not record (sent again since).
    await setup.database.table('feedbackRounds').update([setup.id, 1], {
      packages: [{ unit: 'STC', contentHash: 'e'.repeat(64), items: 3 }],
    })
    const result = await runImportBatch({
      batch: batchOf('b-6', 2),
      files: [
        { fileName: 'khac.zip', bytes: otherResponse },
        { fileName: 'STC.zip', bytes: setup.files[1]?.bytes as Uint8Array },
      ],
      parse: (file) => parseWorkbookFile(file, framework, { year: 2025 }),
      store: createReceivedSubmissionRepository(setup.database),
      now: () => new Date('2026-04-10T08:00:00.000Z'),
      responses: batchResponseImporter(createRoundResponseRepository(setup.database), setup.id),
    })
    expect(
      result.outcomes.map((outcome) => (outcome.kind === 'rejected' ? outcome.issues : outcome.kind)),
    ).toEqual([
      [{ code: 'round-assessment-mismatch' }],
      [{ code: 'round-response-unknown-feedback', unit: 'STC', round: 1 }],
    ])
    expect(await counts(setup)).toMatchObject({ responses: 0, evidence: 0 })
    expect(await createImportJournalRepository(setup.database).journal('b-6')).toEqual([])
  })
})

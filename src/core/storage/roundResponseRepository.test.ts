import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { FEEDBACK_CONTENT } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { createFeedbackRoundRepository } from './feedbackRoundRepository'
import { createRoundResponseRepository, responseSummaries } from './roundResponseRepository'
import { validateStoredRows } from './storedRowSchemas'

const framework = anAssessmentFramework()

async function setUp() {
  const database = defineWorkbenchDatabase(`responses-${crypto.randomUUID()}`)
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
  const respond = async (feedbackHash: string) => {
    const written = await writeResponsePackage(identity, { frameworkName: 'x', feedbackHash, items }, [
      { question: 'MayTinh', fileName: 'QĐ.pdf', bytes: Uint8Array.of(37, 80, 68, 70) },
    ])
    if (!written.ok) throw new Error('response')
    return written.value.bytes
  }
  return {
    database,
    id,
    responses: createRoundResponseRepository(database),
    respond,
    feedbackHash: feedback.value.manifest.contentHash,
  }
}

describe('roundResponseRepository', () => {
  it('imports a response once with its evidence and logs it; a second import is a no-op', async () => {
    const { database, id, responses, respond, feedbackHash } = await setUp()
    const bytes = await respond(feedbackHash)
    expect(await responses.import(id, 'STC.zip', bytes)).toMatchObject({
      ok: true,
      value: { status: 'imported' },
    })
    expect(await responses.import(id, 'STC (2).zip', bytes)).toMatchObject({
      ok: true,
      value: { status: 'duplicate' },
    })
    const stored = await responses.list(id)
    expect(stored.map((response) => [response.unit, response.round])).toEqual([['STC', 1]])
    expect(await database.table('responseEvidence').count()).toBe(1)
    const audit = (await listAssessmentAudit(database, id)).filter(
      (entry) => entry.action === 'round.response-imported',
    )
    expect(audit.map((entry) => entry.detail)).toMatchObject([
      { unit: 'STC', round: 1, explained: 2, agreed: 1, evidenceFiles: 1 },
    ])
    expect(validateStoredRows('roundResponses', stored)).toEqual([])
    // an appraisal made after the import but not referring to the response decides nothing
    const [summary] = responseSummaries(stored, [
      { unit: 'STC', question: 'MayTinh', value: 1, reason: 'Lý do', at: '9999-01-01T00:00:00.000Z' },
    ])
    expect(summary).toEqual({ unit: 'STC', round: 1, items: 3, decided: 1 })
  })

  it('refuses a response to a package the assessment did not send, and a response for another assessment', async () => {
    const { id, responses, respond } = await setUp()
    expect(await responses.import(id, 'STC.zip', await respond('f'.repeat(64)))).toEqual({
      ok: false,
      error: [{ code: 'round-response-unknown-feedback', unit: 'STC', round: 1 }],
    })
    const other = await setUp()
    const result = await responses.import(id, 'STC.zip', await other.respond(other.feedbackHash))
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual(['round-assessment-mismatch'])
  })
})

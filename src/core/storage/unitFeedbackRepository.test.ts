import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import { FEEDBACK_CONTENT, FEEDBACK_IDENTITY } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { openWorkbenchDatabase } from './database'
import { createSubmissionRepository } from './submissionRepository'
import { createUnitFeedbackRepository } from './unitFeedbackRepository'
import { validateStoredRows } from './storedRowSchemas'

const key = { unitCode: 'SNV', frameworkId: 'dept-ict-readiness', frameworkVersion: '2026.1', year: 2026 }

async function setUp() {
  const opened = await openWorkbenchDatabase(`unit-feedback-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  const submissions = createSubmissionRepository(opened.value)
  const submission = await submissions.start(key)
  if (!submission.ok) throw new Error('start')
  return {
    database: opened.value,
    submissions,
    feedback: createUnitFeedbackRepository(opened.value),
    id: submission.value.id,
  }
}

async function aPackage(message = FEEDBACK_CONTENT.message) {
  const written = await writeFeedbackPackage(FEEDBACK_IDENTITY, { ...FEEDBACK_CONTENT, message }, [])
  if (!written.ok) throw new Error('write')
  const read = await readFeedbackPackage(written.value.bytes)
  if (!read.ok) throw new Error('read')
  return read.value
}

describe('unitFeedbackRepository', () => {
  it('keeps an opened package with the revision, autosaves drafts and evidence, and logs the round in its history', async () => {
    const { database, submissions, feedback, id } = await setUp()
    const opened = await feedback.open(id, await aPackage())
    if (!opened.ok) throw new Error(opened.error.code)
    await feedback.saveDraft(opened.value.id, 'MayTinh', {
      decision: 'explain',
      explanation: 'Đã mua thêm 30 máy',
    })
    await feedback.addEvidence(opened.value.id, 'MayTinh', [
      { fileName: 'QĐ.pdf', bytes: Uint8Array.of(1, 2) },
    ])
    // opening the same package again keeps the drafts
    await feedback.open(id, await aPackage())
    const [row] = await feedback.list(id)
    expect(row?.drafts).toEqual({ MayTinh: { decision: 'explain', explanation: 'Đã mua thêm 30 máy' } })
    expect((await feedback.evidence(opened.value.id)).map((file) => file.fileName)).toEqual(['QĐ.pdf'])
    await feedback.markExported(opened.value.id, 'b'.repeat(64))
    const history = await submissions.history(key)
    expect(history.map((entry) => [entry.action, entry.detail.round])).toEqual([
      ['round.response-exported', 1],
      ['round.feedback-opened', 1],
      ['submission.created', undefined],
    ])
    expect(validateStoredRows('unitFeedback', await database.table('unitFeedback').toArray())).toEqual([])
    expect(
      validateStoredRows('responseEvidence', await database.table('responseEvidence').toArray()),
    ).toEqual([])
  })

  it('replaces a re-issued package of the same round, keeping the drafts of its items', async () => {
    const { feedback, id } = await setUp()
    const first = await feedback.open(id, await aPackage())
    if (!first.ok) throw new Error('open')
    await feedback.saveDraft(first.value.id, 'ATTT', { decision: 'agree', explanation: '' })
    await feedback.open(id, await aPackage('Lời nhắn mới'))
    const rows = await feedback.list(id)
    expect(rows).toHaveLength(1)
    expect(rows[0]?.content.message).toBe('Lời nhắn mới')
    expect(rows[0]?.drafts['ATTT']).toEqual({ decision: 'agree', explanation: '' })
  })
})

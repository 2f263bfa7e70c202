import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'

const framework = anAssessmentFramework()
const signature = { place: 'Đà Nẵng', preparer: 'Nguyễn Văn An', head: 'Trần Thị Bình' }

async function created() {
  const database = defineWorkbenchDatabase(`signature-${crypto.randomUUID()}`)
  const repository = createAssessmentRepository(database, { now: () => new Date('2026-03-01T08:00:00.000Z') })
  const outcome = await repository.create(framework, 2025, [aUnit('STC'), aUnit('SYT')])
  if (!outcome.ok) throw new Error(outcome.error.code)
  return { database, repository, assessment: outcome.value }
}

describe('assessmentRepository report signature', () => {
  it('keeps the signature block with the assessment and logs each change', async () => {
    const { database, repository, assessment } = await created()
    expect(assessment.reportSignature).toBeUndefined()

    const set = await repository.setReportSignature(assessment.id, signature)
    const opened = await repository.get(assessment.id)

    expect(set.ok && set.value.reportSignature).toEqual(signature)
    expect(opened.ok && opened.value.assessment.reportSignature).toEqual(signature)
    const removed = await repository.setReportSignature(assessment.id, null)
    expect(removed.ok && 'reportSignature' in removed.value).toBe(false)
    expect((await repository.list())[0]?.reportSignature).toBeUndefined()
    const audit = await listAssessmentAudit(database, assessment.id)
    // newest first
    expect(audit.map((entry) => [entry.action, entry.detail])).toEqual([
      ['assessment.report-signature-changed', { place: '', preparer: '', head: '' }],
      ['assessment.report-signature-changed', signature],
      ['assessment.created', expect.anything()],
    ])
  })

  it('allows the signature block after publication, leaving the official results in place', async () => {
    const { repository, assessment } = await created()
    const result = computeAssessment(framework, [])
    await repository.publish(assessment.id, result, [])

    const set = await repository.setReportSignature(assessment.id, signature)

    expect(set.ok && set.value.status).toBe('published')
    expect(await repository.officialResult(assessment.id)).not.toBeNull()
  })

  it('reads a row written before signatures existed, or with a damaged one, as having none', async () => {
    const { database, repository, assessment } = await created()
    const row = await database.assessments.get(assessment.id)
    await database.assessments.put({ ...row, reportSignature: { place: 3 } } as never)

    const opened = await repository.get(assessment.id)

    expect(opened.ok && opened.value.assessment.reportSignature).toBeUndefined()
  })
})

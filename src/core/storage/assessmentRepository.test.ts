import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'

const framework = anAssessmentFramework()
const fixedClock = () => new Date('2026-03-01T08:00:00.000Z')
const freshDatabase = () => defineWorkbenchDatabase(`assessments-${crypto.randomUUID()}`)
const units = [aUnit('STC'), aUnit('SYT')]

async function created() {
  const database = freshDatabase()
  const repository = createAssessmentRepository(database, { now: fixedClock })
  const outcome = await repository.create(framework, 2025, units)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return { database, repository, assessment: outcome.value }
}

describe('assessmentRepository', () => {
  it('creates an assessment that keeps its framework and logs its creation', async () => {
    const { database, repository, assessment } = await created()

    const opened = await repository.get(assessment.id)

    expect(opened.ok && opened.value.framework.id).toBe(framework.id)
    expect(opened.ok && opened.value.assessment).toEqual(assessment)
    expect((await listAssessmentAudit(database, assessment.id)).map((entry) => entry.action)).toEqual([
      'assessment.created',
    ])
  })

  it('refuses a second assessment of the same framework and year', async () => {
    const { repository, assessment } = await created()

    expect(await repository.create(framework, 2025, units)).toEqual({
      ok: false,
      error: { code: 'assessment-exists', id: assessment.id },
    })
    expect((await repository.create(framework, 2024, units)).ok).toBe(true)
    expect((await repository.findForYear(framework.id, 2024))?.year).toBe(2024)
  })

  it('approves a unit and withdraws the approval, logging both', async () => {
    const { database, repository, assessment } = await created()

    const approved = await repository.approve(assessment.id, 'STC')
    const withdrawn = await repository.withdrawApproval(assessment.id, 'STC')

    expect(approved.ok && approved.value.approvals).toEqual([{ unit: 'STC', at: '2026-03-01T08:00:00.000Z' }])
    expect(withdrawn.ok && withdrawn.value.approvals).toEqual([])
    expect((await listAssessmentAudit(database, assessment.id)).map((entry) => entry.action)).toEqual([
      'unit.approval-withdrawn',
      'unit.approved',
      'assessment.created',
    ])
  })

  it('locks a published assessment with its official results until an explicit unlock with a reason', async () => {
    const { database, repository, assessment } = await created()
    const result = computeAssessment(framework, [])

    await repository.publish(assessment.id, result, [])

    expect(await repository.approve(assessment.id, 'STC')).toEqual({
      ok: false,
      error: { code: 'assessment-published' },
    })
    expect(await repository.setUnits(assessment.id, units)).toEqual({
      ok: false,
      error: { code: 'assessment-published' },
    })
    expect(await repository.officialResult(assessment.id)).toEqual(result)
    expect(await repository.unlock(assessment.id, ' ')).toEqual({
      ok: false,
      error: { code: 'reason-required' },
    })
    const unlocked = await repository.unlock(assessment.id, 'Đơn vị gửi bổ sung số liệu')
    expect(unlocked.ok && unlocked.value.status).toBe('open')
    expect(await repository.officialResult(assessment.id)).toBeNull()
    const audit = await listAssessmentAudit(database, assessment.id)
    expect(audit[0]).toMatchObject({
      action: 'assessment.unlocked',
      detail: { reason: 'Đơn vị gửi bổ sung số liệu' },
    })
  })

  it('replaces the unit list, dropping approvals of removed units and logging what changed', async () => {
    const { database, repository, assessment } = await created()
    await repository.approve(assessment.id, 'SYT')

    const changed = await repository.setUnits(assessment.id, [
      { ...aUnit('STC'), name: 'Sở Tài chính' },
      aUnit('SXD'),
    ])

    expect(changed.ok && changed.value.approvals).toEqual([])
    expect((await listAssessmentAudit(database, assessment.id))[0]).toMatchObject({
      action: 'assessment.units-changed',
      detail: { added: [aUnit('SXD')], removed: ['SYT'], renamed: ['STC'] },
    })
  })

  it('stores nothing when the transaction fails', async () => {
    const database = freshDatabase()
    const failing = createAssessmentRepository(database, { injectFault: () => 'quota' })

    const outcome = await failing.create(framework, 2025, units)

    expect(outcome.ok ? null : outcome.error.code).toBe('quota')
    expect(await createAssessmentRepository(database).list()).toEqual([])
  })
})

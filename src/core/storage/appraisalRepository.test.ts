import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAppraisalRepository } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'

const framework = anAssessmentFramework()

async function setUp() {
  const database = defineWorkbenchDatabase(`appraisals-${crypto.randomUUID()}`)
  const assessments = createAssessmentRepository(database)
  const created = await assessments.create(framework, 2025, [aUnit('STC'), aUnit('SYT')])
  if (!created.ok) throw new Error(created.error.code)
  let tick = Date.parse('2026-03-01T08:00:00.000Z')
  const appraisals = createAppraisalRepository(database, { now: () => new Date(tick++) })
  return { database, assessments, appraisals, id: created.value.id }
}

describe('appraisalRepository', () => {
  it('stores an appraisal with its reason and logs declared, previous and new value', async () => {
    const { database, appraisals, id } = await setUp()

    await appraisals.add(id, {
      unit: 'STC',
      question: 'MayTinh',
      value: 120,
      reason: 'Biên bản kiểm kê 2025',
      declared: 150,
    })
    await appraisals.add(id, {
      unit: 'STC',
      question: 'MayTinh',
      value: 125,
      reason: 'Kiểm tra lại',
      declared: 150,
    })

    expect((await appraisals.list(id)).map((appraisal) => appraisal.value)).toEqual([120, 125])
    const audit = await listAssessmentAudit(database, id)
    expect(audit.map((entry) => entry.detail)).toEqual([
      {
        unit: 'STC',
        question: 'MayTinh',
        declared: 150,
        previous: 120,
        value: 125,
        reason: 'Kiểm tra lại',
        at: '2026-03-01T08:00:00.001Z',
      },
      {
        unit: 'STC',
        question: 'MayTinh',
        declared: 150,
        previous: 150,
        value: 120,
        reason: 'Biên bản kiểm kê 2025',
        at: '2026-03-01T08:00:00.000Z',
      },
      expect.objectContaining({ unitCount: 2 }),
    ])
  })

  it('requires a reason and a question of the framework', async () => {
    const { appraisals, id } = await setUp()

    expect(
      await appraisals.add(id, { unit: 'STC', question: 'MayTinh', value: 1, reason: '  ', declared: 2 }),
    ).toEqual({ ok: false, error: { code: 'appraisal-reason-required' } })
    expect(
      await appraisals.add(id, { unit: 'STC', question: 'Nope', value: 1, reason: 'Lý do', declared: 2 }),
    ).toEqual({ ok: false, error: { code: 'appraisal-unknown-question', question: 'Nope' } })
    expect(await appraisals.list(id)).toEqual([])
  })

  it('refuses changes to an approved unit and to a published assessment', async () => {
    const { assessments, appraisals, id } = await setUp()
    await assessments.approve(id, 'STC')

    expect(
      await appraisals.add(id, { unit: 'STC', question: 'MayTinh', value: 1, reason: 'Lý do', declared: 2 }),
    ).toEqual({ ok: false, error: { code: 'unit-approved', unit: 'STC' } })
    await assessments.publish(id, computeAssessment(framework, []), [])
    expect(
      await appraisals.add(id, { unit: 'SYT', question: 'MayTinh', value: 1, reason: 'Lý do', declared: 2 }),
    ).toEqual({ ok: false, error: { code: 'assessment-published' } })
  })
})

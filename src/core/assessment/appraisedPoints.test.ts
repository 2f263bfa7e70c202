import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAppraisalRepository } from '@core/storage/appraisalRepository'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { defineWorkbenchDatabase } from '@core/storage/database'
import { appraisedPoints, checkAppraisal, finalAnswers, latestAppraisals, type Appraisal } from './appraisal'

const loaded = loadBuiltInFramework('dti-points')
if (!loaded.ok) throw new Error('dti-points')
const dti = loaded.value
const sample = generateSample({ framework: dti, year: 2025, seed: 4, anomalies: false })
if (!sample.ok) throw new Error('sample')
const units = sample.value.submissions.map((submission) => ({
  code: submission.unit.code,
  name: submission.unit.name,
  group: submission.unit.groupName,
  answers: submission.answers,
}))
const criteria = new Map(dti.indicators.map((indicator) => [indicator.code, indicator.maxPoints ?? 0]))
const at = (minute: number) => `2026-03-01T08:${String(minute).padStart(2, '0')}:00.000Z`
const points = (unit: string, criterion: string, value: number | null, minute: number): Appraisal => ({
  unit,
  kind: 'points',
  question: criterion,
  value,
  reason: 'Văn bản chưa ban hành',
  at: at(minute),
})

describe('points appraisals (thẩm định điểm)', () => {
  it('replace the points of one criterion of one unit, and the totals above it, leaving everyone else as the rule scores them', () => {
    const official = computeAssessment(dti, units)
    const unit = units[2]?.code ?? ''

    const appraised = computeAssessment(dti, units, {
      appraisedPoints: appraisedPoints([points(unit, '1.2', 3, 1)]),
    })

    expect(appraised.indicators['1.2']?.score[2]).toBe(3)
    const change = 3 - (official.indicators['1.2']?.score[2] ?? 0)
    expect(appraised.components['1']?.score[2]).toBeCloseTo(
      (official.components['1']?.score[2] ?? 0) + change,
      9,
    )
    expect(appraised.components[official.rootCode]?.score[2]).toBeCloseTo(
      (official.components[official.rootCode]?.score[2] ?? 0) + change,
      9,
    )
    for (let index = 0; index < units.length; index += 1)
      if (index !== 2)
        expect(appraised.components[official.rootCode]?.score[index]).toBe(
          official.components[official.rootCode]?.score[index],
        )
  })

  it('the latest points appraisal of a criterion is in force; "no points" counts 0; answers are not touched', () => {
    const appraisals = [
      points('Q-HC', '1.1', 10, 1),
      points('Q-HC', '1.1', 15, 2),
      points('Q-HC', '1.3', null, 3),
    ]

    expect(appraisedPoints(appraisals).get('Q-HC')).toEqual({ '1.1': 15, '1.3': 0 })
    expect(finalAnswers({ TongSoHo: 5 }, appraisals)).toEqual({ TongSoHo: 5 })
    expect(
      latestAppraisals([
        ...appraisals,
        { unit: 'Q-HC', question: '1.1', value: 7, reason: 'câu hỏi trùng mã', at: at(4) },
      ]),
    ).toHaveLength(3)
  })

  it('must name a scored criterion and stay between 0 and its maximum', () => {
    expect(
      checkAppraisal({ kind: 'points', question: '1.1', value: 21, reason: 'quá điểm' }, new Set(), criteria),
    ).toEqual([{ code: 'appraisal-points-out-of-range', criterion: '1.1', maxPoints: 20 }])
    expect(
      checkAppraisal({ kind: 'points', question: '1.1', value: -1, reason: 'âm điểm' }, new Set(), criteria),
    ).toEqual([{ code: 'appraisal-points-out-of-range', criterion: '1.1', maxPoints: 20 }])
    expect(
      checkAppraisal(
        { kind: 'points', question: 'TongSoHo', value: 1, reason: 'câu hỏi' },
        new Set(['TongSoHo']),
        criteria,
      ),
    ).toEqual([{ code: 'appraisal-unknown-criterion', criterion: 'TongSoHo' }])
    expect(
      checkAppraisal({ kind: 'points', question: '1.1', value: 20, reason: 'đủ điểm' }, new Set(), criteria),
    ).toEqual([])
  })

  it('are stored with their kind, refused out of range, and listed back as points appraisals', async () => {
    const database = defineWorkbenchDatabase(`points-${crypto.randomUUID()}`)
    const created = await createAssessmentRepository(database).create(
      dti,
      2025,
      units.map(({ code, name, group }) => ({ code, name, group })),
    )
    if (!created.ok) throw new Error(created.error.code)
    let tick = Date.parse('2026-03-01T08:00:00.000Z')
    const repository = createAppraisalRepository(database, { now: () => new Date(tick++) })
    const unit = units[0]?.code ?? ''

    expect(
      await repository.add(created.value.id, {
        unit,
        kind: 'points',
        question: '1.1',
        value: 25,
        reason: 'quá điểm tối đa',
        declared: null,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'appraisal-points-out-of-range', criterion: '1.1', maxPoints: 20 },
    })
    const added = await repository.add(created.value.id, {
      unit,
      kind: 'points',
      question: '1.1',
      value: 12.5,
      reason: 'Kế hoạch ban hành muộn',
      declared: null,
    })

    expect(added).toEqual({
      ok: true,
      value: {
        unit,
        kind: 'points',
        question: '1.1',
        value: 12.5,
        reason: 'Kế hoạch ban hành muộn',
        at: '2026-03-01T08:00:00.000Z',
      },
    })
    expect(await repository.list(created.value.id)).toEqual([added.ok ? added.value : null])
  })
})

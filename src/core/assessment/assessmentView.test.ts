import { describe, expect, it } from 'vitest'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { Appraisal } from './appraisal'
import type { Assessment } from './assessment'
import { deriveAssessmentView, type AssessmentViewInput } from './assessmentView'
import { scoringUnits } from './scoringUnits'
import { aDeclared, anAssessmentFramework, aUnit, someAnswers } from './testing/anAssessmentFramework'

const framework = anAssessmentFramework()
const units = ['A', 'B', 'C', 'D', 'E', 'F'].map((code) => aUnit(code))
const assessment: Assessment = {
  id: 'a-2026',
  frameworkId: framework.id,
  frameworkVersion: framework.version,
  year: 2026,
  units,
  status: 'open',
  approvals: [{ unit: 'B', at: '2026-03-05T00:00:00.000Z' }],
  createdAt: '2026-02-01T08:00:00.000Z',
  updatedAt: '2026-02-01T08:00:00.000Z',
  publishedAt: null,
  rev: 1,
}
// F has not sent its answers; E's computers jumped from 55 last year to 500.
const declared = ['A', 'B', 'C', 'D', 'E'].map((code, index) =>
  aDeclared(code, code === 'E' ? { ...someAnswers(index), MayTinh: 500 } : someAnswers(index)),
)
const previousAnswers = new Map(['A', 'B', 'C', 'D', 'E'].map((code, index) => [code, someAnswers(index)]))
const workspace = (changes: Partial<AssessmentViewInput> = {}): AssessmentViewInput => ({
  assessment,
  framework,
  declared,
  appraisals: [],
  officialResult: null,
  previous: { finalAnswers: previousAnswers, result: null },
  ...changes,
})
const appraisal = (unit: string, question: string, value: number): Appraisal => ({
  unit,
  question,
  value,
  reason: 'Biên bản kiểm kê năm 2026',
  at: '2026-03-02T00:00:00.000Z',
})

describe('deriveAssessmentView', () => {
  it('scores the received units in the assessment order and keeps the workspace it was given', () => {
    const input = workspace()
    const view = deriveAssessmentView(input)
    expect(view.workspace).toBe(input)
    expect(view.scoring.map((unit) => unit.code)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(view.result.units.map((unit) => unit.code)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(view.result).toEqual(computeAssessment(framework, scoringUnits(view.inputs)))
    expect(view.isOfficial).toBe(false)
    expect(view.appraisedPoints.size).toBe(0)
    expect(view.previousValues).toBeUndefined()
    expect(view.componentCodes.length).toBeGreaterThan(0)
  })

  it('flags the jump against last year and puts the unit on the board as having problems', () => {
    const view = deriveAssessmentView(workspace())
    expect(view.flags).toContainEqual(
      expect.objectContaining({ kind: 'year-jump', unit: 'E', question: 'MayTinh', value: 500 }),
    )
    expect(view.resolvedFlags).toEqual([])
    const status = new Map(view.board.rows.map((row) => [row.unit.code, row.status]))
    expect(status.get('E')).toBe('has-problems')
    expect(status.get('B')).toBe('approved')
    expect(status.get('F')).toBe('not-received')
  })

  it('moves a flag the evaluator appraised away into the resolved flags, and scores the appraised value', () => {
    const view = deriveAssessmentView(workspace({ appraisals: [appraisal('E', 'MayTinh', 60)] }))
    expect(view.flags.some((flag) => flag.unit === 'E' && flag.kind === 'year-jump')).toBe(false)
    expect(view.resolvedFlags).toContainEqual(
      expect.objectContaining({ kind: 'year-jump', unit: 'E', question: 'MayTinh' }),
    )
    expect(view.scoring.find((unit) => unit.code === 'E')?.answers['MayTinh']).toBe(60)
  })

  it('shows the official results when published, and takes last year’s values from its results', () => {
    const lastYear = computeAssessment(framework, scoringUnits({ units, declared, appraisals: [] }))
    const official = computeAssessment(
      framework,
      scoringUnits({ units: units.slice(0, 2), declared, appraisals: [] }),
    )
    const view = deriveAssessmentView(
      workspace({ officialResult: official, previous: { finalAnswers: previousAnswers, result: lastYear } }),
    )
    expect(view.isOfficial).toBe(true)
    expect(view.result).toBe(official)
    expect([...(view.previousValues?.keys() ?? [])]).toEqual(['A', 'B', 'C', 'D', 'E'])
  })

  it('passes the points the evaluator awarded to the view', () => {
    const points: Appraisal = { ...appraisal('A', 'CRIT', 3), kind: 'points' }
    const view = deriveAssessmentView(workspace({ appraisals: [points] }))
    expect(view.appraisedPoints.get('A')).toEqual({ CRIT: 3 })
  })
})

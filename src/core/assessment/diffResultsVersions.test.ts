import { describe, expect, it } from 'vitest'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { rankColumn } from '@core/scoring/rankColumn'
import type { AssessmentAuditEntry } from './assessmentAudit'
import { diffResultsVersions } from './diffResultsVersions'

/** A result with only the composite column, which is what the diff reads. */
function resultOf(scores: Readonly<Record<string, number | null>>): AssessmentResult {
  const codes = Object.keys(scores)
  const score = codes.map((code) => scores[code] ?? null)
  return {
    engineVersion: 1,
    frameworkId: 'f',
    frameworkVersion: '1',
    family: 'relative',
    maximum: 100,
    decimals: 2,
    units: codes.map((code) => ({ code, name: `Sở ${code}`, group: 'Sở' })),
    rootCode: 'ROOT',
    indicators: {},
    components: { ROOT: { code: 'ROOT', score, rank: rankColumn(score, 'descending') } },
    share: score.map((value) => (value === null ? null : value / 100)),
    band: score.map(() => null),
    warnings: [],
  }
}

const version = (number: number, auditSeq: number | null, scores: Record<string, number | null>) => ({
  version: number,
  publishedAt: `2026-03-0${number}T08:00:00.000Z`,
  auditSeq,
  result: resultOf(scores),
})

const audit: AssessmentAuditEntry[] = [
  {
    seq: 3,
    at: '2026-03-01T08:00:00.000Z',
    assessmentId: 'a',
    operator: null,
    action: 'assessment.published',
    detail: { unitCount: 3, engineVersion: 1 },
  },
  {
    seq: 4,
    at: '2026-03-01T09:00:00.000Z',
    assessmentId: 'a',
    operator: null,
    action: 'assessment.unlocked',
    detail: { reason: 'Đơn vị khiếu nại' },
  },
  {
    seq: 5,
    at: '2026-03-01T10:00:00.000Z',
    assessmentId: 'a',
    operator: null,
    action: 'appraisal.added',
    detail: {
      unit: 'SYT',
      question: 'MayTinh',
      declared: 150,
      previous: 150,
      value: 180,
      reason: 'Biên bản bổ sung',
    },
  },
  {
    seq: 6,
    at: '2026-03-02T08:00:00.000Z',
    assessmentId: 'a',
    operator: null,
    action: 'assessment.published',
    detail: { unitCount: 3, engineVersion: 1 },
  },
  {
    seq: 7,
    at: '2026-03-02T09:00:00.000Z',
    assessmentId: 'a',
    operator: null,
    action: 'assessment.unlocked',
    detail: { reason: 'Sau phiên bản 2' },
  },
]

describe('diffResultsVersions', () => {
  it('names the units whose score or rank changed, by how much, with ties ranked "1, 1, 3"', () => {
    const v1 = version(1, 3, { STC: 70, SYT: 60, SNV: 50 })
    const v2 = version(2, 6, { STC: 70, SYT: 70, SNV: 50 })

    const diff = diffResultsVersions(v1, v2, audit)

    expect(diff.units).toEqual([
      {
        unit: 'SYT',
        name: 'Sở SYT',
        kind: 'changed',
        score: { from: 60, to: 70, delta: 10 },
        rank: { from: 2, to: 1, delta: -1 },
      },
    ])
    // SNV keeps rank 3 under competition ranking, and STC keeps rank 1: neither is listed.
    expect(diff.units.map((unit) => unit.unit)).not.toContain('SNV')
  })

  it('lists a unit whose rank moved because another unit tied with it, even with the same score', () => {
    const v1 = version(1, 3, { STC: 70, SYT: 60, SNV: 60 })
    const v2 = version(2, 6, { STC: 60, SYT: 60, SNV: 60 })

    const diff = diffResultsVersions(v1, v2, audit)

    // Largest rank moves first; STC only lost points.
    expect(diff.units.map((unit) => [unit.unit, unit.rank.from, unit.rank.to, unit.score.delta])).toEqual([
      ['SYT', 2, 1, 0],
      ['SNV', 2, 1, 0],
      ['STC', 1, 1, -10],
    ])
  })

  it('orders the changes by the size of the rank move, then of the score change', () => {
    const v1 = version(1, 3, { A: 90, B: 80, C: 70, D: 60 })
    const v2 = version(2, 6, { A: 91, B: 60, C: 75, D: 65 })

    const diff = diffResultsVersions(v1, v2, audit)

    // B falls 2 places (2 → 4); C and D each climb 1 (same move: unit order); A keeps its rank.
    expect(diff.units.map((unit) => [unit.unit, unit.rank.delta, unit.score.delta])).toEqual([
      ['B', 2, -20],
      ['C', -1, 5],
      ['D', -1, 5],
      ['A', 0, 1],
    ])
  })

  it('ignores rounding noise, and reports units scored in only one version', () => {
    const v1 = version(1, 3, { STC: 70, SYT: 60 })
    const v2 = version(2, 6, { STC: 70 + 1e-12, SNV: 50 })

    const diff = diffResultsVersions(v1, v2, audit)

    expect(diff.units.map((unit) => [unit.unit, unit.kind, unit.rank.from, unit.rank.to])).toEqual([
      ['SNV', 'added', null, 2],
      ['SYT', 'removed', 2, null],
    ])
  })

  it('gives the unlock and appraisal reasons logged between the two publications, not those after', () => {
    const diff = diffResultsVersions(version(1, 3, { STC: 1 }), version(2, 6, { STC: 2 }), audit)

    expect(diff.reasons).toEqual([
      { kind: 'unlocked', seq: 4, at: '2026-03-01T09:00:00.000Z', reason: 'Đơn vị khiếu nại' },
      {
        kind: 'appraisal',
        seq: 5,
        at: '2026-03-01T10:00:00.000Z',
        unit: 'SYT',
        question: 'MayTinh',
        previous: 150,
        value: 180,
        reason: 'Biên bản bổ sung',
      },
    ])
  })

  it('falls back to the publication times when a version does not know its audit entry', () => {
    const diff = diffResultsVersions(version(1, null, { STC: 1 }), version(2, 6, { STC: 2 }), audit)

    expect(diff.reasons.map((reason) => reason.seq)).toEqual([4, 5])
  })
})

import { describe, expect, it } from 'vitest'
import { aComponent, aFramework, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import { loadFramework } from '@core/framework/loadFramework'
import { checkAppraisal, finalAnswers } from './appraisal'
import { findReviewFlags, quantile } from './findReviewFlags'
import { runUncertainty } from './runUncertainty'

const loaded = loadFramework(
  aFramework({
    questions: [
      aQuestion({ code: 'SoCBCC', section: 'HTNL', min: 0 }),
      aQuestion({ code: 'MayTinh', section: 'HTKT', min: 0 }),
      aQuestion({
        code: 'MayTinhInternet',
        section: 'HTKT',
        min: 0,
        checks: [{ formula: 'MayTinhInternet <= MayTinh', message: { vi: 'Vượt quá tổng số máy tính' } }],
      }),
      aQuestion({ code: 'TyLe', section: 'UD', type: 'percent', min: 0, max: 100 }),
    ],
    components: [
      aComponent({ code: 'ICT', parent: null }),
      aComponent({ code: 'A', parent: 'ICT' }),
      aComponent({ code: 'B', parent: 'ICT' }),
    ],
    indicators: [
      anIndicator({ code: 'MayTinhPerCB', formula: 'MayTinh', denominator: 'SoCBCC', parent: 'A' }),
      anIndicator({ code: 'Internet', formula: 'MayTinhInternet / MayTinh', parent: 'A' }),
      anIndicator({ code: 'TyLeVB', formula: 'TyLe', parent: 'B' }),
    ],
  }),
)
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
const framework = loaded.value

const unit = (code: string, computers: number, internet: number, share: number, staff = 100) => ({
  code,
  name: code,
  group: 'so',
  answers: { SoCBCC: staff, MayTinh: computers, MayTinhInternet: internet, TyLe: share },
})

describe('findReviewFlags', () => {
  const units = [
    unit('A', 100, 90, 50),
    unit('B', 110, 100, 60),
    unit('C', 95, 90, 55),
    unit('D', 105, 95, 58),
    unit('E', 102, 98, 52),
    unit('F', 98, 90, 57),
    unit('G', 2000, 120, 56),
  ]

  it('flags a value far from the other units as an outlier and explains it with the fences', () => {
    const flags = findReviewFlags(framework, units)

    expect(flags).toContainEqual(
      expect.objectContaining({ kind: 'outlier-iqr', unit: 'G', question: 'MayTinh', value: 2000 }),
    )
  })

  it('flags a part larger than its whole and a share above 100 %', () => {
    const flags = findReviewFlags(framework, [unit('X', 10, 12, 130)])

    expect(flags).toContainEqual(
      expect.objectContaining({
        kind: 'inconsistent',
        unit: 'X',
        question: 'MayTinhInternet',
        issue: expect.objectContaining({ code: 'check-failed' }),
      }),
    )
    expect(flags).toContainEqual({
      kind: 'inconsistent',
      unit: 'X',
      question: 'TyLe',
      issue: { code: 'above-max', max: 100 },
    })
  })

  it('flags a jump against the unit’s previous year beyond the threshold', () => {
    const flags = findReviewFlags(framework, [
      { ...unit('A', 300, 90, 50), previousAnswers: { MayTinh: 100, TyLe: 45 } },
    ])

    expect(flags).toContainEqual({
      kind: 'year-jump',
      unit: 'A',
      question: 'MayTinh',
      value: 300,
      previous: 100,
      change: 2,
    })
    expect(flags.some((flag) => flag.kind === 'year-jump' && flag.question === 'TyLe')).toBe(false)
  })
})

describe('quantile', () => {
  it('interpolates like R’s default', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75)
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
  })
})

describe('appraisals', () => {
  it('replace the declared value in the final answers, the latest one winning', () => {
    const final = finalAnswers({ MayTinh: 150, SoCBCC: 100 }, [
      { unit: 'A', question: 'MayTinh', value: 130, reason: 'kiểm kê', at: '2026-03-02T00:00:00Z' },
      { unit: 'A', question: 'MayTinh', value: 120, reason: 'biên bản', at: '2026-03-01T00:00:00Z' },
    ])

    expect(final).toEqual({ MayTinh: 130, SoCBCC: 100 })
  })

  it('require a reason and a known question', () => {
    expect(checkAppraisal({ question: 'Nope', reason: ' ' }, new Set(['MayTinh']))).toEqual([
      { code: 'appraisal-reason-required' },
      { code: 'appraisal-unknown-question', question: 'Nope' },
    ])
  })
})

describe('runUncertainty', () => {
  const units = [
    unit('A', 100, 90, 50),
    unit('B', 150, 100, 60),
    unit('C', 80, 20, 95),
    unit('D', 120, 110, 40),
  ]
  const options = {
    replications: 200,
    weightSpread: 0.5,
    normalisations: [{ method: 'min-max' as const, lower: 0, upper: 1 }, { method: 'rank' as const }],
    aggregations: [],
    seed: 7,
  }

  it('gives every unit an interval around its nominal rank', () => {
    const intervals = runUncertainty(framework, units, options)

    for (const interval of intervals) {
      expect(interval.lowRank! <= interval.medianRank! && interval.medianRank! <= interval.highRank!).toBe(
        true,
      )
      expect(
        interval.bestRank! <= interval.nominalRank! && interval.nominalRank! <= interval.worstRank!,
      ).toBe(true)
    }
  })

  it('repeats exactly for the same seed and reports progress to the end', () => {
    const progress: number[] = []

    const first = runUncertainty(framework, units, options, (done) => progress.push(done))
    const second = runUncertainty(framework, units, options)

    expect(first).toEqual(second)
    expect(progress.at(-1)).toBe(200)
  })
})

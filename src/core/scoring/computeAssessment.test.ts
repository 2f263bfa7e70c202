import { describe, expect, it } from 'vitest'
import { aFramework, aComponent, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import type { Framework } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { classifyShare, computeAssessment } from './computeAssessment'
import type { UnitAnswers } from './scoringOptions'

const valid = (framework: Framework): ValidFramework => {
  const loaded = loadFramework(framework)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 1))
  return loaded.value
}

const aUnit = (code: string, answers: UnitAnswers['answers'], group = 'so-ban-nganh'): UnitAnswers => ({
  code,
  name: `Đơn vị ${code}`,
  group,
  answers,
})

/** Two indicators under one root: computers per staff, and Internet share. */
const twoIndicators = (overrides: Partial<Framework> = {}) =>
  valid(
    aFramework({
      questions: [
        aQuestion({ code: 'SoCBCC', section: 'HTNL' }),
        aQuestion({ code: 'MayTinh', section: 'HTKT' }),
        aQuestion({ code: 'MayTinhInternet', section: 'HTKT' }),
      ],
      components: [aComponent({ code: 'ICT', parent: null })],
      indicators: [
        anIndicator({ code: 'MayTinhPerCB', formula: 'MayTinh', denominator: 'SoCBCC', parent: 'ICT' }),
        anIndicator({ code: 'Internet', formula: 'MayTinhInternet / MayTinh', parent: 'ICT' }),
      ],
      ...overrides,
    }),
  )

describe('computeAssessment (relative family)', () => {
  it('divides by the denominator, normalises min-max and averages the children (methodology §3)', () => {
    const result = computeAssessment(twoIndicators(), [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('B', { SoCBCC: 100, MayTinh: 100, MayTinhInternet: 50 }),
      aUnit('C', { SoCBCC: 50, MayTinh: 75, MayTinhInternet: 75 }),
    ])

    expect(result.indicators['MayTinhPerCB']?.value).toEqual([0.5, 1, 1.5])
    expect(result.indicators['MayTinhPerCB']?.score).toEqual([0, 0.5, 1])
    expect(result.indicators['Internet']?.score).toEqual([1, 0, 1])
    expect(result.components['ICT']?.score).toEqual([0.5, 0.25, 1])
  })

  it('ranks descending on unrounded values with ties at the minimum rank (methodology §3 "Ranking")', () => {
    const result = computeAssessment(twoIndicators(), [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('B', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('C', { SoCBCC: 50, MayTinh: 75, MayTinhInternet: 75 }),
      aUnit('D', { SoCBCC: 100, MayTinh: 100, MayTinhInternet: 10 }),
    ])

    expect(result.components['ICT']?.rank).toEqual([2, 2, 1, 4])
  })

  it('leaves a unit missing an answer out of that indicator and re-normalises its weights', () => {
    const result = computeAssessment(twoIndicators(), [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('B', { SoCBCC: 100, MayTinh: 100 }),
      aUnit('C', { SoCBCC: 50, MayTinh: 75, MayTinhInternet: 0 }),
    ])

    expect(result.indicators['Internet']?.score).toEqual([1, null, 0])
    expect(result.components['ICT']?.score[1]).toBe(result.indicators['MayTinhPerCB']?.score[1])
    expect(result.warnings).toContainEqual({
      code: 'missing-data-share',
      indicator: 'Internet',
      share: 1 / 3,
    })
  })

  it('imputes with the group mean and records which units were imputed', () => {
    const framework = twoIndicators({
      method: {
        normalisation: { method: 'min-max', lower: 0, upper: 1 },
        imputation: { method: 'group-mean', attribute: 'group' },
      },
    })

    const result = computeAssessment(framework, [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }, 'so'),
      aUnit('B', { SoCBCC: 100, MayTinh: 100, MayTinhInternet: 50 }, 'so'),
      aUnit('C', { SoCBCC: 100, MayTinh: 100 }, 'so'),
    ])

    expect(result.indicators['Internet']?.value).toEqual([1, 0.5, 0.75])
    expect(result.indicators['Internet']?.imputed).toEqual([null, null, 'group-mean'])
  })

  it('reports a constant indicator instead of dividing by zero', () => {
    const result = computeAssessment(twoIndicators(), [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('B', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
    ])

    expect(result.warnings).toContainEqual({ code: 'constant-indicator', indicator: 'MayTinhPerCB' })
    expect(result.indicators['MayTinhPerCB']?.score).toEqual([null, null])
  })

  it('does not count the answer of a question that is not relevant', () => {
    const framework = valid(
      aFramework({
        questions: [
          aQuestion({ code: 'CoPhongCNTT', section: 'HTNL', type: 'yes-no' }),
          aQuestion({ code: 'SoCBCNTT', section: 'HTNL', relevance: 'CoPhongCNTT' }),
        ],
        components: [aComponent({ code: 'ICT', parent: null })],
        indicators: [anIndicator({ code: 'CNTT', formula: 'SoCBCNTT', parent: 'ICT' })],
      }),
    )

    const result = computeAssessment(framework, [
      aUnit('A', { CoPhongCNTT: false, SoCBCNTT: 9 }),
      aUnit('B', { CoPhongCNTT: true, SoCBCNTT: 3 }),
    ])

    expect(result.indicators['CNTT']?.raw).toEqual([null, 3])
  })

  it('applies what-if weights without touching the framework', () => {
    const framework = twoIndicators()
    const units = [
      aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
      aUnit('B', { SoCBCC: 100, MayTinh: 100, MayTinhInternet: 50 }),
    ]

    const result = computeAssessment(framework, units, { overrides: { weights: { Internet: 3 } } })

    expect(result.components['ICT']?.score).toEqual([0.75, 0.25])
    expect(framework.indicators[1]?.weight).toBe(1)
  })

  it('reports a value ≤ 0 under a geometric mean', () => {
    const result = computeAssessment(
      twoIndicators(),
      [
        aUnit('A', { SoCBCC: 100, MayTinh: 50, MayTinhInternet: 50 }),
        aUnit('B', { SoCBCC: 100, MayTinh: 100, MayTinhInternet: 10 }),
      ],
      {
        overrides: { aggregation: 'geometric' },
      },
    )

    expect(result.warnings).toContainEqual({ code: 'non-positive-under-geometric', node: 'ICT', unit: 'A' })
    expect(result.components['ICT']?.score[0]).toBeNull()
  })
})

describe('computeAssessment (points family)', () => {
  const framework = valid(aPointsFramework())
  const strong = aUnit('Q1', {
    TruongBan: 'chu-tich',
    DuHopTinh: true,
    ChuTriHop: true,
    SoCuocHop: 4,
    HopChuTri: 3,
    CoTTDL: true,
    CoHopChuan: true,
    SoUngDung: 12,
    CoSuCo: false,
  })
  const weak = aUnit('Q2', {
    TruongBan: 'pho-chu-tich',
    DuHopTinh: true,
    ChuTriHop: false,
    SoCuocHop: 2,
    HopChuTri: 0,
    CoTTDL: false,
    CoHopChuan: true,
    SoUngDung: 3,
    CoSuCo: true,
  })

  it('scores every rule pattern per unit (methodology §2)', () => {
    const result = computeAssessment(framework, [strong, weak])
    const points = (code: string) => result.indicators[code]?.score

    expect(points('1.1')).toEqual([10, 5])
    expect(points('1.2')).toEqual([10, 5])
    expect(points('1.3')).toEqual([20, 10])
    expect(points('1.4')).toEqual([15, 0])
    expect(points('2.1')).toEqual([30, 0])
    expect(points('2.2')).toEqual([10, 3])
    expect(points('2.3')).toEqual([0, -1])
  })

  it('sums points per component capped at its maximum, and classifies the share of the total', () => {
    const result = computeAssessment(framework, [strong, weak])

    expect(result.components['NT']?.score).toEqual([55, 20])
    expect(result.components['HT']?.score).toEqual([40, 2])
    expect(result.components['DTI']?.score).toEqual([95, 22])
    expect(result.maximum).toBe(100)
    expect(result.share).toEqual([0.95, 0.22])
    expect(result.band).toEqual(['tot', 'yeu'])
  })

  it('scores a unit alone, so an officer sees the self-score while filling in', () => {
    const result = computeAssessment(framework, [strong])

    expect(result.components['DTI']?.score).toEqual([95])
  })
})

describe('classifyShare', () => {
  const bands = [
    { code: 'tot', minShare: 0.8 },
    { code: 'kha', minShare: 0.65 },
    { code: 'trung-binh', minShare: 0.5 },
    { code: 'yeu', minShare: 0 },
  ]

  it.each([
    [0.8, 'tot'],
    [0.7999, 'kha'],
    [0.65, 'kha'],
    [0.5, 'trung-binh'],
    [0.1, 'yeu'],
  ])('puts a share of %d in band %s', (share, band) => {
    expect(classifyShare(share, bands)).toBe(band)
  })

  it('gives no band to a missing composite', () => {
    expect(classifyShare(null, bands)).toBeNull()
  })
})

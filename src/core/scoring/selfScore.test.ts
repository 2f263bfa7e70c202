import { describe, expect, it } from 'vitest'
import { aFramework, anIndicator } from '@core/framework/testing/aFramework'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { computeSelfScore } from './selfScore'
import { validFramework } from '@core/responses/testing/validFramework'

describe('computeSelfScore', () => {
  it('gives a points framework its points per criterion, per main index and in total with a band', () => {
    const framework = validFramework(aPointsFramework())

    const score = computeSelfScore(framework, {
      TruongBan: 'chu-tich',
      DuHopTinh: true,
      ChuTriHop: true,
      SoCuocHop: 4,
      HopChuTri: 4,
      CoTTDL: true,
      CoHopChuan: true,
      SoUngDung: 10,
      CoSuCo: false,
    })

    expect(score.family).toBe('points')
    if (score.family !== 'points') return
    expect(score.indicators.find((indicator) => indicator.code === '1.1')).toMatchObject({
      points: 10,
      maxPoints: 10,
      pending: false,
    })
    expect(score.components.map((component) => [component.code, component.points, component.depth])).toEqual([
      ['DTI', 100, 0],
      ['NT', 60, 1],
      ['HT', 40, 1],
    ])
    expect(score).toMatchObject({
      total: 100,
      maximum: 100,
      share: 1,
      band: { code: 'tot' },
      pendingMaxPoints: 0,
    })
  })

  it('leaves a normalise-to-best criterion pending instead of scoring a lone unit as the best', () => {
    const base = aPointsFramework()
    const framework = validFramework(
      aPointsFramework({
        indicators: [
          ...base.indicators.filter((indicator) => indicator.code !== '2.2'),
          anIndicator({
            code: '2.2',
            formula: 'SoUngDung',
            parent: 'HT',
            maxPoints: 10,
            rule: { kind: 'normalise-to-best' },
          }),
        ],
      }),
    )

    const score = computeSelfScore(framework, { SoUngDung: 7 })

    expect(
      score.family === 'points' && score.indicators.find((indicator) => indicator.code === '2.2'),
    ).toMatchObject({ points: null, pending: true, value: 7 })
    expect(score.family === 'points' && score.pendingMaxPoints).toBe(10)
    expect(
      score.family === 'points' && score.components.find((component) => component.code === 'HT')?.points,
    ).toBe(0)
  })

  it('gives a relative framework the indicator values only, never a made-up score', () => {
    const framework = validFramework(aFramework())

    const score = computeSelfScore(framework, { MayTinh: 60, SoCBCC: 50, MayTinhInternet: 30 })

    expect(score.family).toBe('relative')
    expect(score.indicators.find((indicator) => indicator.code === 'HTKT_MayTinh')).toMatchObject({
      value: 1.2,
      points: null,
    })
    expect(score.indicators.find((indicator) => indicator.code === 'HTKT_Internet')).toMatchObject({
      value: 0.5,
    })
    expect(score.components.every((component) => component.points === null)).toBe(true)
  })
})

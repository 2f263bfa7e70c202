import { describe, expect, it } from 'vitest'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { compareRankings } from './compareRankings'
import { filterRanking, rankingComponentCodes, rankingRows, sortRanking } from './rankingRows'
import { scoringUnits } from './scoringUnits'
import { aDeclared, anAssessmentFramework, aUnit, someAnswers } from './testing/anAssessmentFramework'

const framework = anAssessmentFramework()
const units = [aUnit('A'), aUnit('B'), aUnit('C', 'UBND quận, huyện'), aUnit('D')]
const declared = [
  aDeclared('A', someAnswers(10)),
  aDeclared('B', someAnswers(30)),
  aDeclared('C', someAnswers(20)),
]
const result = computeAssessment(framework, scoringUnits({ units, declared, appraisals: [] }))
const codes = rankingComponentCodes(framework)

describe('rankingRows', () => {
  it('lists the components below the root, depth first', () => {
    expect(codes).toEqual(['HTKT', 'HTNL', 'UD'])
  })

  it('reads rank, composite, components and band from the result, best first, scoring only received units', () => {
    const rows = rankingRows(result, codes)

    expect(rows.map((row) => [row.rank, row.code])).toEqual([
      [1, 'B'],
      [2, 'C'],
      [3, 'A'],
    ])
    const best = rows[0]
    expect(best?.composite).toBe(result.components['ICT']?.score[1])
    expect(best?.components).toEqual(codes.map((code) => result.components[code]?.score[1]))
  })

  it('sorts by a component or by name in Vietnamese order, missing values last', () => {
    const rows = rankingRows(result, codes)

    expect(sortRanking(rows, { column: 'code', direction: 'descending' }).map((row) => row.code)).toEqual([
      'C',
      'B',
      'A',
    ])
    expect(
      sortRanking(rows, { column: { component: 0 }, direction: 'ascending' }).map((row) => row.code),
    ).toEqual(['A', 'C', 'B'])
  })

  it('filters by group and by a search on code or name', () => {
    const rows = rankingRows(result, codes)

    expect(
      filterRanking(rows, { search: '', group: 'UBND quận, huyện', band: 'all' }).map((row) => row.code),
    ).toEqual(['C'])
    expect(filterRanking(rows, { search: 'sở a', group: 'all', band: 'all' }).map((row) => row.code)).toEqual(
      ['A'],
    )
    expect(filterRanking(rows, { search: '', group: 'all', band: 'none' })).toHaveLength(3)
  })
})

describe('compareRankings', () => {
  it('shows how many places each unit moves under another method, without touching the official result', () => {
    const whatIf = computeAssessment(framework, scoringUnits({ units, declared, appraisals: [] }), {
      overrides: { weights: { HTKT: 0, HTNL: 0, UD: 1 } },
    })
    const before = JSON.stringify(result)

    const comparison = compareRankings(result, whatIf)

    expect(comparison.rows.map((row) => row.code)).toEqual(['B', 'C', 'A'])
    for (const row of comparison.rows) expect(row.shift).toBe((row.rank ?? 0) - (row.otherRank ?? 0))
    expect(comparison.movedCount).toBe(comparison.rows.filter((row) => row.shift !== 0).length)
    expect(JSON.stringify(result)).toBe(before)
  })
})

describe('previousIndicatorValues', () => {
  it('carries each unit’s raw indicator values for previous-year imputation', async () => {
    const { previousIndicatorValues } = await import('./previousIndicatorValues')

    const values = previousIndicatorValues(result)

    expect(values.get('B')?.['HTKT_MayTinh']).toBe(result.indicators['HTKT_MayTinh']?.raw[1])
  })
})

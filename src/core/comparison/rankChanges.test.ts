import { describe, expect, it } from 'vitest'
import { biggestMovers, rankChanges } from './rankChanges'
import { aYearResults } from './testing/aYearResults'

const earlier = aYearResults({
  year: 2025,
  scores: {
    P: { A1: 0.9, B1: 0.9 },
    Q: { A1: 0.5, B1: 0.5 },
    R: { A1: 0.1, B1: 0.1 },
    OLD: { A1: 0.3, B1: 0.3 },
  },
})
const later = aYearResults({
  year: 2026,
  scores: {
    P: { A1: 0.2, B1: 0.2 },
    Q: { A1: 0.6, B1: 0.6 },
    R: { A1: 0.8, B1: 0.8 },
    NEW: { A1: 0.4, B1: 0.4 },
  },
})

describe('rankChanges', () => {
  it('counts places moved up as positive, in the later ranking order', () => {
    const rows = rankChanges(earlier, later)

    expect(rows.map((row) => [row.code, row.rankBefore, row.rankAfter, row.change])).toEqual([
      ['R', 4, 1, 3],
      ['Q', 2, 2, 0],
      ['NEW', null, 3, null],
      ['P', 1, 4, -3],
      ['OLD', 3, null, null],
    ])
    expect(rows.find((row) => row.code === 'NEW')?.presence).toBe('later-only')
    expect(rows.find((row) => row.code === 'OLD')?.presence).toBe('earlier-only')
  })

  it('gives the composite change as later minus earlier', () => {
    const row = rankChanges(earlier, later).find((item) => item.code === 'R')

    expect(row?.compositeChange).toBeCloseTo(0.7, 12)
  })
})

describe('biggestMovers', () => {
  it('lists risers and fallers, largest move first, leaving out units that did not move', () => {
    const movers = biggestMovers(rankChanges(earlier, later), 5)

    expect(movers.up.map((row) => row.code)).toEqual(['R'])
    expect(movers.down.map((row) => row.code)).toEqual(['P'])
  })
})

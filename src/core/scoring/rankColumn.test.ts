import { describe, expect, it } from 'vitest'
import { rankColumn } from './rankColumn'

// methodology §3 "Ranking"
describe('rankColumn', () => {
  it('gives tied values the minimum rank and skips the next ranks (1, 2, 2, 4)', () => {
    expect(rankColumn([0.9, 0.8, 0.8, 0.7], 'descending')).toEqual([1, 2, 2, 4])
  })

  it('leaves missing values unranked', () => {
    expect(rankColumn([null, 0.5, 0.6], 'descending')).toEqual([null, 2, 1])
  })

  it('ranks the smallest value 1 in ascending order', () => {
    expect(rankColumn([3, 1, 2, 1], 'ascending')).toEqual([4, 1, 3, 1])
  })
})

import { describe, expect, it } from 'vitest'
import { filterStatusBoard, searchKey, statusBoard } from './statusBoard'
import { aDeclared, aUnit } from './testing/anAssessmentFramework'

const units = [aUnit('A'), aUnit('B'), aUnit('C'), aUnit('D'), aUnit('E', 'UBND quận, huyện')]
const at = '2025-03-02T00:00:00.000Z'

describe('statusBoard', () => {
  const board = statusBoard({
    units,
    declared: [aDeclared('B', {}), aDeclared('C', {}), aDeclared('D', {}), aDeclared('E', {})],
    flags: [
      { kind: 'year-jump', unit: 'C', question: 'MayTinh', value: 3, previous: 1, change: 2 },
      { kind: 'year-jump', unit: 'D', question: 'MayTinh', value: 3, previous: 1, change: 2 },
    ],
    appraisals: [
      { unit: 'D', question: 'MayTinh', value: 2, reason: 'Biên bản', at },
      {
        unit: 'D',
        question: 'MayTinh',
        value: 1,
        reason: 'Biên bản lần hai',
        at: '2025-03-03T00:00:00.000Z',
      },
    ],
    approvals: [{ unit: 'E', at }],
  })

  it('gives each unit the furthest status its work has reached', () => {
    expect(board.rows.map((row) => [row.unit.code, row.status])).toEqual([
      ['A', 'not-received'],
      ['B', 'received'],
      ['C', 'has-problems'],
      ['D', 'appraised'],
      ['E', 'approved'],
    ])
  })

  it('counts units per status and appraised questions once per question', () => {
    expect(board.counts).toEqual({
      'not-received': 1,
      received: 1,
      'has-problems': 1,
      appraised: 1,
      approved: 1,
    })
    expect(board.rows.find((row) => row.unit.code === 'D')?.appraisalCount).toBe(1)
  })

  it('filters by status, group and a search that ignores diacritics', () => {
    expect(
      filterStatusBoard(board.rows, { status: 'all', search: 'so c', group: 'all' }).map(
        (row) => row.unit.code,
      ),
    ).toEqual(['C'])
    expect(
      filterStatusBoard(board.rows, { status: 'all', search: '', group: 'UBND quận, huyện' }).map(
        (row) => row.unit.code,
      ),
    ).toEqual(['E'])
    expect(
      filterStatusBoard(board.rows, { status: 'received', search: '', group: 'all' }).map(
        (row) => row.unit.code,
      ),
    ).toEqual(['B'])
  })
})

describe('searchKey', () => {
  it('folds case and Vietnamese diacritics, đ included', () => {
    expect(searchKey('Sở Tài chính ĐÀ NẴNG')).toBe('so tai chinh da nang')
  })
})

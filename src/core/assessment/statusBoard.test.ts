import { describe, expect, it } from 'vitest'
import type { FeedbackRound } from './feedbackRound'
import { filterStatusBoard, searchKey, statusBoard, withRoundStates } from './statusBoard'
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

describe('withRoundStates', () => {
  const board = statusBoard({ units, declared: [], flags: [], appraisals: [], approvals: [] })
  const round = (number: number, deadline: string, sentTo: readonly string[]): FeedbackRound => ({
    assessmentId: 'a-1',
    round: number,
    issuedAt: '2026-04-01T08:00:00.000Z',
    deadline,
    message: '',
    scope: 'disputed',
    attachments: [],
    packages: sentTo.map((unit) => ({ unit, contentHash: `${unit}-${number}`, items: 2 })),
  })

  it('leaves the board without a round column while no round was issued', () => {
    const same = withRoundStates(board, { rounds: [], responses: [], today: '2026-05-01' })
    expect(same).toBe(board)
    expect(same.rows.every((row) => row.round === undefined)).toBe(true)
    expect(same.roundCounts).toBeUndefined()
  })

  it("gives each unit its latest round's state and number, overdue after the deadline, and counts them", () => {
    const rounds = [round(1, '2026-04-15', ['A', 'B', 'C']), round(2, '2026-05-20', ['B'])]
    const responses = [
      { unit: 'A', round: 1, items: 2, decided: 2 },
      { unit: 'C', round: 1, items: 2, decided: 1 },
      // A response to round 1 does not answer round 2, which B was sent since.
      { unit: 'B', round: 1, items: 2, decided: 0 },
    ]
    const withRounds = withRoundStates(board, { rounds, responses, today: '2026-05-01' })
    expect(withRounds.rows.map((row) => [row.unit.code, row.round?.state, row.round?.round])).toEqual([
      ['A', 'decided', 1],
      ['B', 'sent', 2],
      ['C', 'responded', 1],
      ['D', 'not-sent', null],
      ['E', 'not-sent', null],
    ])
    expect(withRounds.roundCounts).toEqual({ 'not-sent': 2, sent: 1, overdue: 0, responded: 1, decided: 1 })
    const later = withRoundStates(board, { rounds, responses, today: '2026-05-21' })
    expect(later.rows.find((row) => row.unit.code === 'B')?.round).toEqual({ state: 'overdue', round: 2 })
    // The deadline day itself is still in time.
    const onTheDay = withRoundStates(board, { rounds, responses, today: '2026-05-20' })
    expect(onTheDay.rows.find((row) => row.unit.code === 'B')?.round?.state).toBe('sent')
  })

  it('filters by round state with the other filters', () => {
    const rounds = [round(1, '2026-04-15', ['A', 'B', 'E'])]
    const withRounds = withRoundStates(board, {
      rounds,
      responses: [{ unit: 'A', round: 1, items: 2, decided: 0 }],
      today: '2026-05-01',
    })
    const codes = (roundState: 'all' | 'overdue' | 'responded' | 'not-sent', group = 'all') =>
      filterStatusBoard(withRounds.rows, { status: 'all', search: '', group, roundState }).map(
        (row) => row.unit.code,
      )
    expect(codes('overdue')).toEqual(['B', 'E'])
    expect(codes('overdue', 'UBND quận, huyện')).toEqual(['E'])
    expect(codes('responded')).toEqual(['A'])
    expect(codes('not-sent')).toEqual(['C', 'D'])
    expect(codes('all')).toEqual(['A', 'B', 'C', 'D', 'E'])
  })
})

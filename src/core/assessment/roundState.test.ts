import { describe, expect, it } from 'vitest'
import type { FeedbackRound } from './feedbackRound'
import { roundState } from './roundState'

const round = (number: number, units: string[], deadline = '2026-04-15'): FeedbackRound => ({
  assessmentId: 'a1',
  round: number,
  issuedAt: '2026-04-01T08:00:00.000Z',
  deadline,
  message: '',
  scope: 'disputed',
  attachments: [],
  packages: units.map((unit) => ({ unit, contentHash: 'a'.repeat(64), items: 2 })),
})

describe('roundState', () => {
  it('follows the latest round that sent the unit a package: sent, overdue, responded, decided', () => {
    const rounds = [round(1, ['SNV', 'STC']), round(2, ['SNV'], '2026-05-15')]
    expect(roundState('SYT', rounds, [], '2026-04-10')).toEqual({ state: 'not-sent', round: null })
    expect(roundState('STC', rounds, [], '2026-04-15')).toEqual({ state: 'sent', round: 1 })
    expect(roundState('STC', rounds, [], '2026-04-16')).toEqual({ state: 'overdue', round: 1 })
    expect(
      roundState('SNV', rounds, [{ unit: 'SNV', round: 1, decided: 2, items: 2 }], '2026-04-16'),
    ).toEqual({
      state: 'sent',
      round: 2,
    })
    expect(
      roundState('SNV', rounds, [{ unit: 'SNV', round: 2, decided: 1, items: 2 }], '2026-06-01'),
    ).toEqual({
      state: 'responded',
      round: 2,
    })
    expect(
      roundState('SNV', rounds, [{ unit: 'SNV', round: 2, decided: 2, items: 2 }], '2026-06-01'),
    ).toEqual({
      state: 'decided',
      round: 2,
    })
  })
})

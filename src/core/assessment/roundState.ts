import type { FeedbackRound } from './feedbackRound'

/**
 * Where a unit stands in an assessment's appraisal round, as the status board shows it: no
 * package sent (`not-sent`), sent and awaiting a response (`sent`), past the deadline without one
 * (`overdue`), a response imported (`responded`), every item of it decided (`decided`).
 *
 * @example
 *   const state: RoundState = 'overdue'
 */
export type RoundState = 'not-sent' | 'sent' | 'responded' | 'decided' | 'overdue'

/** What the state is derived from for one unit: its latest response (`responseSummaries`). */
export type RoundResponseSummary = {
  readonly unit: string
  readonly round: number
  /** Items decided, of `items`: agreed by the unit, or explained and decided by an appraisal referring to the response (decision 0027). */
  readonly decided: number
  readonly items: number
}

/**
 * A unit's state in the latest round that sent it a package, on `today` (ISO date): `overdue`
 * after the deadline (the deadline day itself still counts as in time).
 *
 * @example
 *   roundState('SNV', [round1], [], '2026-05-01') // => 'overdue' when round 1's deadline was in April
 */
export function roundState(
  unit: string,
  rounds: readonly FeedbackRound[],
  responses: readonly RoundResponseSummary[],
  today: string,
): { readonly state: RoundState; readonly round: number | null } {
  const sent = [...rounds]
    .sort((a, b) => b.round - a.round)
    .find((round) => round.packages.some((entry) => entry.unit === unit))
  if (sent === undefined) return { state: 'not-sent', round: null }
  const response = responses.find((candidate) => candidate.unit === unit && candidate.round === sent.round)
  if (response !== undefined)
    return { state: response.decided >= response.items ? 'decided' : 'responded', round: sent.round }
  return { state: today > sent.deadline ? 'overdue' : 'sent', round: sent.round }
}

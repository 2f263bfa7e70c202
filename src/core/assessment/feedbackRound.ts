/**
 * One numbered appraisal round (vòng giải trình) the evaluator issued: the deadline for the units'
 * responses (ISO date), the message, whether packages went to every unit or only to units with a
 * disputed item, the attachments' names, and one entry per package written (its unit, content
 * hash and number of disputed items).
 *
 * @example
 *   const round: FeedbackRound = { assessmentId: 'a1', round: 1, issuedAt: '2026-04-01T08:00:00.000Z', deadline: '2026-04-15', message: '…', scope: 'disputed', attachments: [], packages: [{ unit: 'SNV', contentHash: '…', items: 3 }] }
 */
export type FeedbackRound = {
  readonly assessmentId: string
  readonly round: number
  readonly issuedAt: string
  readonly deadline: string
  readonly message: string
  readonly scope: RoundScope
  readonly attachments: readonly string[]
  readonly packages: readonly RoundPackageEntry[]
}

/** Which units receive a package: those with at least one disputed item, or all. */
export type RoundScope = 'disputed' | 'all'

/** One package of a round. */
export type RoundPackageEntry = {
  readonly unit: string
  readonly contentHash: string
  readonly items: number
}

/** Why a round cannot be issued as asked. */
export type RoundRequestProblem =
  | { readonly code: 'round-deadline-required' }
  | { readonly code: 'round-deadline-past'; readonly deadline: string; readonly today: string }
  | { readonly code: 'round-message-too-long'; readonly maxLength: number }
  | { readonly code: 'round-no-units' }

/** Longest message a round carries. */
export const ROUND_MESSAGE_MAX_LENGTH = 2000

/**
 * Checks what the evaluator asked before any package is written: a deadline (ISO date) not before
 * today, a message within `ROUND_MESSAGE_MAX_LENGTH`, and at least one unit to write for.
 *
 * @example
 *   checkRoundRequest({ deadline: '', message: '', units: 3 }, '2026-04-01') // => [{ code: 'round-deadline-required' }]
 */
export function checkRoundRequest(
  request: { readonly deadline: string; readonly message: string; readonly units: number },
  today: string,
): RoundRequestProblem[] {
  const problems: RoundRequestProblem[] = []
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.deadline)) problems.push({ code: 'round-deadline-required' })
  else if (request.deadline < today)
    problems.push({ code: 'round-deadline-past', deadline: request.deadline, today })
  if (request.message.length > ROUND_MESSAGE_MAX_LENGTH)
    problems.push({ code: 'round-message-too-long', maxLength: ROUND_MESSAGE_MAX_LENGTH })
  if (request.units === 0) problems.push({ code: 'round-no-units' })
  return problems
}

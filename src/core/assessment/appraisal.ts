import type { AnswerValue, Answers } from '../responses/answer'

/**
 * An evaluator's corrected value (thẩm định) for one question of one unit, with the required
 * reason. The final value is the appraised one; the unit's declared value is kept beside it.
 *
 * @example
 *   const appraisal: Appraisal = { unit: 'SNV', question: 'MayTinh', value: 120, reason: 'Biên bản kiểm kê 2025', at: '2026-03-01T08:00:00Z' }
 */
export type Appraisal = {
  readonly unit: string
  readonly question: string
  readonly value: AnswerValue | null
  readonly reason: string
  readonly at: string
}

export type AppraisalProblem = { readonly code: 'appraisal-reason-required' } | { readonly code: 'appraisal-unknown-question'; readonly question: string }

/**
 * The answers scoring uses: the unit's declared answers with every appraisal applied on top
 * (later appraisals of the same question win).
 *
 * @example
 *   finalAnswers({ MayTinh: 150 }, [{ unit: 'SNV', question: 'MayTinh', value: 120, reason: '…', at: '…' }]) // => { MayTinh: 120 }
 */
export function finalAnswers(declared: Answers, appraisals: readonly Appraisal[]): Answers {
  if (appraisals.length === 0) return declared
  const merged: Record<string, AnswerValue | null | undefined> = { ...declared }
  for (const appraisal of [...appraisals].sort((a, b) => a.at.localeCompare(b.at))) merged[appraisal.question] = appraisal.value
  return merged
}

/**
 * Checks an appraisal before it is stored: a reason is required (trimmed, at least 3 characters)
 * and the question must exist.
 *
 * @example
 *   checkAppraisal({ question: 'MayTinh', reason: '' }, new Set(['MayTinh'])) // => [{ code: 'appraisal-reason-required' }]
 */
export function checkAppraisal(appraisal: Pick<Appraisal, 'question' | 'reason'>, questionCodes: ReadonlySet<string>): AppraisalProblem[] {
  const problems: AppraisalProblem[] = []
  if (appraisal.reason.trim().length < 3) problems.push({ code: 'appraisal-reason-required' })
  if (!questionCodes.has(appraisal.question)) problems.push({ code: 'appraisal-unknown-question', question: appraisal.question })
  return problems
}

/**
 * The appraisals in force: the latest one per unit and question (earlier ones stay in the store
 * and the audit log as history), ordered by time.
 *
 * @example
 *   latestAppraisals([{ unit: 'A', question: 'MayTinh', value: 120, reason: '…', at: '2026-03-01T00:00:00Z' }, { unit: 'A', question: 'MayTinh', value: 130, reason: '…', at: '2026-03-02T00:00:00Z' }])
 *   // => [{ unit: 'A', question: 'MayTinh', value: 130, … }]
 */
export function latestAppraisals(appraisals: readonly Appraisal[]): Appraisal[] {
  const latest = new Map<string, Appraisal>()
  for (const appraisal of [...appraisals].sort((a, b) => a.at.localeCompare(b.at))) latest.set(JSON.stringify([appraisal.unit, appraisal.question]), appraisal)
  return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at))
}

import type { AnswerValue, Answers } from '@core/responses/answer'

/**
 * An evaluator's corrected value (thẩm định) for one question of one unit, with the required
 * reason. The final value is the appraised one; the unit's declared value is kept beside it.
 * With `kind: 'points'` (points frameworks) it is the points awarded for one criterion instead:
 * `question` holds the criterion's indicator code and `value` the points, which replace the points
 * the rule gives. Rows stored before points appraisals existed have no `kind`: answers.
 *
 * @example
 *   const appraisal: Appraisal = { unit: 'SNV', question: 'MayTinh', value: 120, reason: 'Biên bản kiểm kê 2025', at: '2026-03-01T08:00:00Z' }
 *   const points: Appraisal = { unit: 'Q-HC', kind: 'points', question: 'CDS_1_1', value: 5, reason: 'Văn bản chưa ban hành đúng hạn', at: '2026-03-01T08:00:00Z' }
 */
export type Appraisal = {
  readonly unit: string
  readonly kind?: 'answer' | 'points'
  readonly question: string
  readonly value: AnswerValue | null
  readonly reason: string
  readonly at: string
  /**
   * The council member who made it (hội đồng thẩm định, decision 0025), kept when the lead imports
   * the member's appraisal package; absent: the evaluator's (the lead's) own appraisal.
   */
  readonly member?: AppraisalMember
  /**
   * The unit's response this appraisal decides (vòng giải trình, decision 0027): the evaluator kept
   * the value in force or revised it on an item the unit explained; absent: an ordinary appraisal.
   */
  readonly response?: AppraisalResponseLink
}

/** What the evaluator decided on an item the unit explained: keep the appraisal, or revise it. */
export type RoundDecision = 'kept' | 'revised'

/**
 * The response an appraisal decides (decision 0027): the round, the imported response's id (its
 * content hash), the decision, and the unit's explanation as the response carried it (copied so
 * the results report's manifest is self-contained).
 *
 * @example
 *   const link: AppraisalResponseLink = { round: 1, responseId: '9f…', decision: 'kept', explanation: 'Đã mua thêm 30 máy' }
 */
export type AppraisalResponseLink = {
  readonly round: number
  readonly responseId: string
  readonly decision: RoundDecision
  readonly explanation: string
}

/** A council member as named on the appraisals they made. @example const member: AppraisalMember = { id: 'm-1', name: 'Nguyễn Văn An' } */
export type AppraisalMember = { readonly id: string; readonly name: string }

export type AppraisalProblem =
  | { readonly code: 'appraisal-reason-required' }
  | { readonly code: 'appraisal-unknown-question'; readonly question: string }
  /** A points appraisal names no points criterion of the framework. */
  | { readonly code: 'appraisal-unknown-criterion'; readonly criterion: string }
  /** Points must be a number from 0 to the criterion's maximum. */
  | { readonly code: 'appraisal-points-out-of-range'; readonly criterion: string; readonly maxPoints: number }

const isPoints = (appraisal: Pick<Appraisal, 'kind'>): boolean => appraisal.kind === 'points'

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
  for (const appraisal of [...appraisals].sort((a, b) => a.at.localeCompare(b.at)))
    if (!isPoints(appraisal)) merged[appraisal.question] = appraisal.value
  return merged
}

/**
 * The points the evaluator awarded, per unit and criterion (the latest points appraisal of each),
 * for `ScoringOptions.appraisedPoints`. Appraised "no points" (`null`) counts as 0.
 *
 * @example
 *   appraisedPoints([{ unit: 'Q-HC', kind: 'points', question: 'CDS_1_1', value: 5, reason: '…', at: '…' }]).get('Q-HC') // => { CDS_1_1: 5 }
 */
export function appraisedPoints(
  appraisals: readonly Appraisal[],
): ReadonlyMap<string, Readonly<Record<string, number>>> {
  const byUnit = new Map<string, Record<string, number>>()
  for (const appraisal of latestAppraisals(appraisals)) {
    if (!isPoints(appraisal)) continue
    const points = byUnit.get(appraisal.unit) ?? {}
    points[appraisal.question] = typeof appraisal.value === 'number' ? appraisal.value : 0
    byUnit.set(appraisal.unit, points)
  }
  return byUnit
}

/**
 * Checks an appraisal before it is stored: a reason is required (trimmed, at least 3 characters)
 * and the question must exist.
 *
 * @example
 *   checkAppraisal({ question: 'MayTinh', reason: '' }, new Set(['MayTinh'])) // => [{ code: 'appraisal-reason-required' }]
 */
export function checkAppraisal(
  appraisal: Pick<Appraisal, 'question' | 'reason'> & Partial<Pick<Appraisal, 'kind' | 'value'>>,
  questionCodes: ReadonlySet<string>,
  criteria: ReadonlyMap<string, number> = new Map(),
): AppraisalProblem[] {
  const problems: AppraisalProblem[] = []
  if (appraisal.reason.trim().length < 3) problems.push({ code: 'appraisal-reason-required' })
  if (!isPoints(appraisal)) {
    if (!questionCodes.has(appraisal.question))
      problems.push({ code: 'appraisal-unknown-question', question: appraisal.question })
    return problems
  }
  const maxPoints = criteria.get(appraisal.question)
  if (maxPoints === undefined)
    problems.push({ code: 'appraisal-unknown-criterion', criterion: appraisal.question })
  else if (
    typeof appraisal.value !== 'number' ||
    !Number.isFinite(appraisal.value) ||
    appraisal.value < 0 ||
    appraisal.value > maxPoints
  ) {
    problems.push({ code: 'appraisal-points-out-of-range', criterion: appraisal.question, maxPoints })
  }
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
  for (const appraisal of [...appraisals].sort((a, b) => a.at.localeCompare(b.at)))
    latest.set(JSON.stringify([appraisal.unit, appraisal.kind ?? 'answer', appraisal.question]), appraisal)
  return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at))
}

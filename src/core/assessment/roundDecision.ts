import type { AnswerValue } from '@core/responses/answer'
import { checkAppraisal, type Appraisal, type AppraisalProblem, type RoundDecision } from './appraisal'

/**
 * What a decision needs of a response item (the response format's `ResponseItem` has it; the
 * format is a layer above, so only the shape is named here).
 */
export type DecidableItem = {
  readonly question: string
  readonly kind: 'answer' | 'points'
  readonly decision: 'agree' | 'explain'
  readonly explanation: string
}

/** Why a decision on a response item was refused (besides the appraisal's own problems). */
export type RoundDecisionProblem =
  | AppraisalProblem
  /** The item is not in the unit's response. */
  | { readonly code: 'round-decision-not-in-response'; readonly question: string }
  /** The unit agreed with the appraisal: there is nothing to decide. */
  | { readonly code: 'round-decision-item-agreed'; readonly question: string }
  /** A revision must change the value in force (keep it otherwise). */
  | { readonly code: 'round-decision-unchanged'; readonly question: string }
  /** The response is not the unit's latest one (a later response or round replaced it). */
  | { readonly code: 'round-decision-stale-response'; readonly question: string }

/** One item of a response and the appraisal that decided it, if any. */
export type ItemDecision<Item extends DecidableItem = DecidableItem> = {
  readonly item: Item
  /** Agreed items need no decision; explained ones need an appraisal referring to the response. */
  readonly decision: Appraisal | undefined
}

const sameItem = (item: Pick<DecidableItem, 'question' | 'kind'>, kind: string, question: string) =>
  item.question === question && item.kind === kind

/**
 * The response item a decision is about, or the problem that refuses it.
 *
 * @example
 *   responseItemFor(items, 'answer', 'MayTinh') // => { ok: true, value: item } when the unit explained it
 */
export function responseItemFor<Item extends DecidableItem>(
  items: readonly Item[],
  kind: 'answer' | 'points',
  question: string,
): Item | RoundDecisionProblem {
  const item = items.find((candidate) => sameItem(candidate, kind, question))
  if (item === undefined) return { code: 'round-decision-not-in-response', question }
  if (item.decision === 'agree') return { code: 'round-decision-item-agreed', question }
  return item
}

/**
 * Checks a decision on an explained item before it is stored: the appraisal's own checks (reason
 * of at least 3 characters, a known question, points in range), the item explained in the
 * response, and for a revision a value different from the one in force (`current`).
 *
 * @example
 *   checkRoundDecision({ question: 'MayTinh', value: 130, reason: '', decision: 'revised' }, items, 120, new Set(['MayTinh']))
 *   // => [{ code: 'appraisal-reason-required' }]
 */
export function checkRoundDecision(
  request: Pick<Appraisal, 'question' | 'value' | 'reason'> & {
    readonly kind?: 'answer' | 'points'
    readonly decision: RoundDecision
  },
  items: readonly DecidableItem[],
  current: AnswerValue | null,
  questionCodes: ReadonlySet<string>,
  criteria: ReadonlyMap<string, number> = new Map(),
): RoundDecisionProblem[] {
  const problems: RoundDecisionProblem[] = [...checkAppraisal(request, questionCodes, criteria)]
  const item = responseItemFor(items, request.kind ?? 'answer', request.question)
  if ('code' in item) problems.push(item)
  else if (request.decision === 'revised' && sameValue(request.value, current))
    problems.push({ code: 'round-decision-unchanged', question: request.question })
  return problems
}

/**
 * Each item of a response with the appraisal that decided it: the latest appraisal of the unit's
 * item referring to this response.
 *
 * @example
 *   itemDecisions(response, appraisals).filter((entry) => entry.item.decision === 'explain' && entry.decision === undefined) // the items still to decide
 */
export function itemDecisions<Item extends DecidableItem>(
  response: {
    readonly id: string
    readonly unit: string
    readonly content: { readonly items: readonly Item[] }
  },
  appraisals: readonly Appraisal[],
): ItemDecision<Item>[] {
  return response.content.items.map((item) => ({
    item,
    decision: [...appraisals]
      .filter(
        (appraisal) =>
          appraisal.unit === response.unit &&
          appraisal.response?.responseId === response.id &&
          sameItem(item, appraisal.kind ?? 'answer', appraisal.question),
      )
      .sort((a, b) => b.at.localeCompare(a.at))[0],
  }))
}

/**
 * Whether an item counts as decided: the unit agreed, or an appraisal decided it.
 *
 * @example
 *   isDecided({ item: { ...item, decision: 'agree' }, decision: undefined }) // => true
 */
export function isDecided(entry: ItemDecision): boolean {
  return entry.item.decision === 'agree' || entry.decision !== undefined
}

function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

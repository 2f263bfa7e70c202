import { latestAppraisals, type Appraisal } from './appraisal'
import type { AssessmentUnit, DeclaredSubmission, UnitApproval } from './assessment'
import type { FeedbackRound } from './feedbackRound'
import type { ReviewFlag } from './reviewFlag'
import { roundState, type RoundResponseSummary, type RoundState } from './roundState'

/**
 * Where a unit stands in the assessment, in the order the work goes: nothing received yet;
 * received with nothing to look at; received with problems (review flags) to look at; appraised
 * (the evaluator corrected at least one value); approved (đã duyệt).
 */
export type UnitStatus = 'not-received' | 'received' | 'has-problems' | 'appraised' | 'approved'

/** Every status, in board order. @example UNIT_STATUSES[0] // => 'not-received' */
export const UNIT_STATUSES = [
  'not-received',
  'received',
  'has-problems',
  'appraised',
  'approved',
] as const satisfies readonly UnitStatus[]

/** One row of the status board. */
export type StatusBoardRow = {
  readonly unit: AssessmentUnit
  readonly status: UnitStatus
  /** Review flags, import warnings and versions waiting for a choice. */
  readonly flagCount: number
  /** Questions appraised (the latest appraisal per question). */
  readonly appraisalCount: number
  readonly receivedAt: string | null
  readonly source: DeclaredSubmission['source'] | null
  readonly approvedAt: string | null
  /** The unit's state in the appraisal round (`withRoundStates`); absent while the assessment has issued no round. */
  readonly round?: UnitRoundState
}

/** A unit's state in the latest round that sent it a package, and that round's number (`null`: never sent). */
export type UnitRoundState = { readonly state: RoundState; readonly round: number | null }

/** Every round state, in the order the work goes (the board's filter order). @example ROUND_STATES[0] // => 'not-sent' */
export const ROUND_STATES = [
  'not-sent',
  'sent',
  'overdue',
  'responded',
  'decided',
] as const satisfies readonly RoundState[]

export type StatusBoard = {
  readonly rows: readonly StatusBoardRow[]
  /** How many units are in each status. */
  readonly counts: Readonly<Record<UnitStatus, number>>
  /** How many units are in each round state; present only when the assessment has issued a round. */
  readonly roundCounts?: Readonly<Record<RoundState, number>>
}

/** What the round column is derived from: the rounds issued, the responses' summaries, and today (ISO date, local). */
export type RoundStatusInput = {
  readonly rounds: readonly FeedbackRound[]
  readonly responses: readonly RoundResponseSummary[]
  readonly today: string
}

export type StatusBoardInput = {
  readonly units: readonly AssessmentUnit[]
  readonly declared: readonly DeclaredSubmission[]
  readonly flags: readonly ReviewFlag[]
  readonly appraisals: readonly Appraisal[]
  readonly approvals: readonly UnitApproval[]
}

/**
 * The status of every unit of an assessment with the numbers behind it, and the count per status.
 * Approval wins over everything; an appraisal means the evaluator dealt with the unit, so it wins
 * over the flags that are left; flags make "has problems".
 *
 * @example
 *   statusBoard({ units, declared: [], flags: [], appraisals: [], approvals: [] }).counts['not-received'] // => units.length
 */
export function statusBoard(input: StatusBoardInput): StatusBoard {
  const declared = new Map(input.declared.map((submission) => [submission.unit, submission]))
  const flagCounts = countBy(input.flags.map((flag) => flag.unit))
  const appraisalCounts = countBy(latestAppraisals(input.appraisals).map((appraisal) => appraisal.unit))
  const approvals = new Map(input.approvals.map((approval) => [approval.unit, approval.at]))
  const rows = input.units.map((unit): StatusBoardRow => {
    const submission = declared.get(unit.code)
    const flagCount =
      (flagCounts.get(unit.code) ?? 0) +
      (submission === undefined ? 0 : submission.importWarnings.length + submission.pendingVersions)
    const appraisalCount = appraisalCounts.get(unit.code) ?? 0
    const approvedAt = approvals.get(unit.code) ?? null
    return {
      unit,
      status: statusOf(submission !== undefined, flagCount, appraisalCount, approvedAt !== null),
      flagCount,
      appraisalCount,
      receivedAt: submission?.receivedAt ?? null,
      source: submission?.source ?? null,
      approvedAt,
    }
  })
  const counts = Object.fromEntries(
    UNIT_STATUSES.map((status) => [status, rows.filter((row) => row.status === status).length]),
  ) as Record<UnitStatus, number>
  return { rows, counts }
}

function statusOf(
  isReceived: boolean,
  flagCount: number,
  appraisalCount: number,
  isApproved: boolean,
): UnitStatus {
  if (!isReceived) return 'not-received'
  if (isApproved) return 'approved'
  if (appraisalCount > 0) return 'appraised'
  if (flagCount > 0) return 'has-problems'
  return 'received'
}

/**
 * The board with each unit's appraisal-round state (`roundState`: not sent, sent, overdue after the
 * deadline, responded, decided) and the count per state; the board as it is while no round was
 * issued (the column and its filter are not shown then).
 *
 * @example
 *   withRoundStates(board, { rounds: [round1], responses: [], today: '2026-05-01' }).rows[0]?.round // => { state: 'overdue', round: 1 }
 */
export function withRoundStates(board: StatusBoard, input: RoundStatusInput): StatusBoard {
  if (input.rounds.length === 0) return board
  const rows = board.rows.map((row): StatusBoardRow => ({
    ...row,
    round: roundState(row.unit.code, input.rounds, input.responses, input.today),
  }))
  const roundCounts = Object.fromEntries(
    ROUND_STATES.map((state) => [state, rows.filter((row) => row.round?.state === state).length]),
  ) as Record<RoundState, number>
  return { ...board, rows, roundCounts }
}

export type StatusBoardFilter = {
  readonly status: UnitStatus | 'all'
  /** The round state to show (only rows with a round state match one); absent or `all`: any. */
  readonly roundState?: RoundState | 'all'
  /** Matched against code and name, ignoring case and diacritics. */
  readonly search: string
  readonly group: string | 'all'
}

/**
 * The rows matching a filter (status, group, and a search over code and name that ignores case
 * and Vietnamese diacritics, so "so tai chinh" finds "Sở Tài chính").
 *
 * @example
 *   filterStatusBoard(board.rows, { status: 'has-problems', search: '', group: 'all' })
 */
export function filterStatusBoard(
  rows: readonly StatusBoardRow[],
  filter: StatusBoardFilter,
): StatusBoardRow[] {
  const needle = searchKey(filter.search)
  return rows.filter(
    (row) =>
      (filter.status === 'all' || row.status === filter.status) &&
      (filter.roundState === undefined ||
        filter.roundState === 'all' ||
        row.round?.state === filter.roundState) &&
      (filter.group === 'all' || row.unit.group === filter.group) &&
      (needle === '' || searchKey(`${row.unit.code} ${row.unit.name}`).includes(needle)),
  )
}

/**
 * Text folded for searching: lower case, no diacritics, đ → d.
 *
 * @example
 *   searchKey('Sở Tài chính') // => 'so tai chinh'
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().trim()
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

import {
  checkAppraisal,
  latestAppraisals,
  type Appraisal,
  type AppraisalProblem,
  type AppraisalResponseLink,
  type RoundDecision,
} from '@core/assessment/appraisal'
import {
  checkRoundDecision,
  responseItemFor,
  type RoundDecisionProblem,
} from '@core/assessment/roundDecision'
import { councilScope } from '@core/assessment/councilScope'
import type { Framework } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import type { Table } from 'dexie'
import { appraisalsTable, isAssessmentRow, writeAssessmentAudit, type AppraisalRow } from './assessmentRows'
import { councilsTable } from './councilRows'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, raiseFault, type FaultInjector, type StorageFailure } from './storageError'

/** Why an appraisal was not stored; nothing is stored in any of these cases. */
export type AppraisalWriteFailure =
  | StorageFailure
  | AppraisalProblem
  | { readonly code: 'not-found' }
  | { readonly code: 'assessment-published' }
  | { readonly code: 'unknown-unit'; readonly unit: string }
  /** The unit is approved: withdraw the approval before changing its values. */
  | { readonly code: 'unit-approved'; readonly unit: string }
  /** A council member's scoped assessment: the item is outside the member's criteria groups (decision 0025). */
  | { readonly code: 'council-item-out-of-scope'; readonly unit: string; readonly question: string }
  /** A decision on a response (decision 0027) the checks refused. */
  | RoundDecisionProblem
  /** The decision names no response of this unit imported into this assessment. */
  | { readonly code: 'round-decision-unknown-response'; readonly unit: string }

/** What the evaluator enters: the corrected value and the reason, for one question of one unit (or, `kind: 'points'`, the points for one criterion). */
export type AppraisalRequest = {
  readonly unit: string
  readonly kind?: 'answer' | 'points'
  readonly question: string
  readonly value: AnswerValue | null
  readonly reason: string
  /** The unit's self-declared value, kept in the audit log beside the appraised one. */
  readonly declared: AnswerValue | null
  /**
   * The unit's response this appraisal decides (vòng giải trình): `kept` stores the value in force
   * again (the request's `value` is ignored), `revised` the request's new value; both need a reason.
   */
  readonly response?: { readonly responseId: string; readonly decision: RoundDecision }
}

export type AppraisalRepository = {
  add(assessmentId: string, request: AppraisalRequest): Promise<Result<Appraisal, AppraisalWriteFailure>>
  /** Every appraisal of the assessment, oldest first (the latest per question is in force). */
  list(assessmentId: string): Promise<readonly Appraisal[]>
}

/**
 * Appraisals (thẩm định): corrected values with a required reason. They are only ever added; a
 * later appraisal of the same question replaces an earlier one in the final answers while both
 * stay in the store and the audit log. Each is written with its audit entry in one transaction,
 * refused when the assessment is published or the unit approved.
 *
 * @example
 *   await createAppraisalRepository(database).add(assessment.id, { unit: 'STC', question: 'MayTinh', value: 120, reason: 'Biên bản kiểm kê', declared: 150 })
 */
export function createAppraisalRepository(
  database: WorkbenchDatabase,
  options: { readonly now?: () => Date; readonly injectFault?: FaultInjector } = {},
): AppraisalRepository {
  const appraisals = appraisalsTable(database)
  const responses = database.table<StoredResponse, string>('roundResponses')
  const toAppraisal = ({
    unit,
    kind,
    question,
    value,
    reason,
    at,
    member,
    response,
  }: AppraisalRow): Appraisal => ({
    ...(kind === 'points'
      ? { unit, kind, question, value, reason, at }
      : { unit, question, value, reason, at }),
    ...(member === undefined ? {} : { member }),
    ...(response === undefined ? {} : { response }),
  })
  return {
    add: async (assessmentId, request) => {
      return writeWithReopen(database, async () => {
        try {
          return await database.transaction(
            'rw',
            [database.assessments, database.auditLog, appraisals, councilsTable(database), responses],
            async (): Promise<Result<Appraisal, AppraisalWriteFailure>> => {
              const row = await database.assessments.get(assessmentId)
              if (!isAssessmentRow(row)) return err({ code: 'not-found' })
              if (row.status === 'published') return err({ code: 'assessment-published' })
              if (!row.units.some((unit) => unit.code === request.unit))
                return err({ code: 'unknown-unit', unit: request.unit })
              if (row.approvals.some((approval) => approval.unit === request.unit))
                return err({ code: 'unit-approved', unit: request.unit })
              const membership = (await councilsTable(database).get(assessmentId))?.memberOf
              if (
                membership !== undefined &&
                !councilScope(
                  membership.member,
                  row.framework as Pick<Framework, 'questions' | 'indicators'>,
                ).hasItem(request.kind ?? 'answer', request.question)
              )
                return err({
                  code: 'council-item-out-of-scope',
                  unit: request.unit,
                  question: request.question,
                })
              const earlier = latestAppraisals(
                (
                  await appraisals.where('[assessmentId+unit]').equals([assessmentId, request.unit]).toArray()
                ).map(toAppraisal),
              )
              const kind = request.kind ?? 'answer'
              const previous = earlier.find(
                (appraisal) =>
                  appraisal.question === request.question && (appraisal.kind ?? 'answer') === kind,
              )
              const current = previous === undefined ? request.declared : previous.value
              let link: AppraisalResponseLink | undefined
              let value = request.value
              if (request.response === undefined) {
                const problems = checkAppraisal(
                  request,
                  questionCodes(row.framework),
                  pointsCriteria(row.framework),
                )
                if (problems[0] !== undefined) return err(problems[0])
              } else {
                const decided = await decidedResponse(
                  responses,
                  assessmentId,
                  request.unit,
                  request.response.responseId,
                )
                if (decided === null)
                  return err({ code: 'round-decision-unknown-response', unit: request.unit })
                if (decided.stale)
                  return err({ code: 'round-decision-stale-response', question: request.question })
                if (request.response.decision === 'kept') value = current
                const problems = checkRoundDecision(
                  { ...request, value, decision: request.response.decision },
                  decided.response.content.items,
                  current,
                  questionCodes(row.framework),
                  pointsCriteria(row.framework),
                )
                if (problems[0] !== undefined) return err(problems[0])
                const item = responseItemFor(decided.response.content.items, kind, request.question)
                link = {
                  round: decided.response.round,
                  responseId: decided.response.id,
                  decision: request.response.decision,
                  explanation: 'code' in item ? '' : item.explanation,
                }
              }
              const at = laterThan(previous?.at, options.now?.() ?? new Date())
              const appraisal: Appraisal = {
                unit: request.unit,
                ...(kind === 'points' ? { kind } : {}),
                question: request.question,
                value,
                reason: request.reason.trim(),
                at,
                ...(link === undefined ? {} : { response: link }),
              }
              await appraisals.add({ ...appraisal, assessmentId })
              const detail = {
                unit: appraisal.unit,
                ...(kind === 'points' ? { kind } : {}),
                question: appraisal.question,
                value: appraisal.value,
                reason: appraisal.reason,
                at: appraisal.at,
                declared: request.declared,
                previous: current,
              }
              await writeAssessmentAudit(
                database,
                assessmentId,
                appraisal.at,
                link === undefined
                  ? { action: 'appraisal.added', detail }
                  : {
                      action: link.decision === 'kept' ? 'round.item-kept' : 'round.item-revised',
                      detail: { ...detail, round: link.round, explanation: link.explanation },
                    },
              )
              const fault = options.injectFault?.() ?? null
              if (fault !== null) raiseFault(fault)
              return ok(appraisal)
            },
          )
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },

    list: async (assessmentId) =>
      (await appraisals.where('assessmentId').equals(assessmentId).sortBy('seq')).map(toAppraisal),
  }
}

/** The part of a stored response (`roundResponses`) a decision reads. */
type StoredResponse = {
  readonly id: string
  readonly assessmentId: string
  readonly unit: string
  readonly round: number
  readonly importedAt: string
  readonly content: {
    readonly items: readonly {
      readonly question: string
      readonly kind: 'answer' | 'points'
      readonly decision: 'agree' | 'explain'
      readonly explanation: string
    }[]
  }
}

/**
 * The response a decision names, if it is the unit's in this assessment, and whether a later
 * response (a later round, or imported later in the same round) replaced it.
 */
async function decidedResponse(
  responses: Table<StoredResponse, string>,
  assessmentId: string,
  unit: string,
  responseId: string,
): Promise<{ readonly response: StoredResponse; readonly stale: boolean } | null> {
  const own = await responses.where('[assessmentId+unit]').equals([assessmentId, unit]).toArray()
  const response = own.find((candidate) => candidate.id === responseId)
  if (response === undefined) return null
  const latest = [...own].sort((a, b) => b.round - a.round || b.importedAt.localeCompare(a.importedAt))[0]
  return { response, stale: latest?.id !== response.id }
}

/** The codes of a stored framework's questions (it was validated when the assessment was created). */
function questionCodes(framework: unknown): Set<string> {
  const questions =
    (framework as { readonly questions?: readonly { readonly code?: unknown }[] } | null)?.questions ?? []
  return new Set(questions.flatMap((question) => (typeof question.code === 'string' ? [question.code] : [])))
}

/** A stored points framework's criteria (indicators with a maximum) and their maximum points; empty for a relative framework. */
function pointsCriteria(framework: unknown): Map<string, number> {
  const stored = framework as {
    readonly family?: unknown
    readonly indicators?: readonly { readonly code?: unknown; readonly maxPoints?: unknown }[]
  } | null
  if (stored?.family !== 'points') return new Map()
  return new Map(
    (stored.indicators ?? []).flatMap((indicator) =>
      typeof indicator.code === 'string' && typeof indicator.maxPoints === 'number'
        ? [[indicator.code, indicator.maxPoints] as const]
        : [],
    ),
  )
}

/** Now, or 1 ms after the previous appraisal of the question, so "the latest" is never ambiguous. */
function laterThan(previous: string | undefined, now: Date): string {
  const earliest = previous === undefined ? -Infinity : Date.parse(previous) + 1
  return new Date(Math.max(now.getTime(), earliest)).toISOString()
}

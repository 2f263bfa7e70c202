import type { AuditOperator } from '@core/audit/auditOperator'
import type { AnswerValue } from '@core/responses/answer'
import type { AssessmentUnit } from './assessment'

/**
 * What the evaluator did, as the audit log (nhật ký) keeps it. Every change to an assessment is
 * written in the same transaction as its audit entry, so the log is never behind the data.
 *
 * @example
 *   const entry: AssessmentAuditEntry = { seq: 7, at: '2026-03-01T08:00:00.000Z', assessmentId: 'a1', action: 'appraisal.added', detail: { unit: 'STC', question: 'MayTinh', declared: 150, previous: 150, value: 120, reason: 'Biên bản kiểm kê' } }
 */
export type AssessmentAuditEntry = {
  readonly seq: number
  readonly at: string
  readonly assessmentId: string
  /** Who acted; `null` when nobody was named (entries older than the operator record none). */
  readonly operator: AuditOperator | null
} & AssessmentAuditEvent

/** An audit action with its detail. */
export type AssessmentAuditEvent =
  | {
      readonly action: 'assessment.created'
      readonly detail: {
        readonly frameworkId: string
        readonly frameworkVersion: string
        readonly year: number
        readonly unitCount: number
      }
    }
  | {
      readonly action: 'assessment.units-changed'
      readonly detail: {
        readonly added: readonly AssessmentUnit[]
        readonly removed: readonly string[]
        readonly renamed: readonly string[]
      }
    }
  | {
      readonly action: 'appraisal.added'
      readonly detail: {
        readonly unit: string
        readonly question: string
        /** The unit's self-declared value. */
        readonly declared: AnswerValue | null
        /** The final value before this appraisal. */
        readonly previous: AnswerValue | null
        readonly value: AnswerValue | null
        readonly reason: string
      }
    }
  | {
      /** A decision on an item the unit explained (decision 0027): the value in force kept, or revised. */
      readonly action: 'round.item-kept' | 'round.item-revised'
      readonly detail: {
        readonly unit: string
        readonly kind?: 'points'
        readonly question: string
        readonly declared: AnswerValue | null
        readonly previous: AnswerValue | null
        readonly value: AnswerValue | null
        readonly reason: string
        readonly round: number
        /** The unit's explanation the decision answers. */
        readonly explanation: string
      }
    }
  | { readonly action: 'unit.approved'; readonly detail: { readonly unit: string } }
  | { readonly action: 'unit.approval-withdrawn'; readonly detail: { readonly unit: string } }
  | {
      readonly action: 'assessment.published'
      readonly detail: {
        readonly unitCount: number
        readonly engineVersion: number
        /** The version of the official results this publication froze (absent before versions existed). */
        readonly version?: number
        /** That version's digest (`resultsVersionDigest`). */
        readonly digest?: string
      }
    }
  | { readonly action: 'assessment.unlocked'; readonly detail: { readonly reason: string } }
  | {
      readonly action: 'round.issued'
      readonly detail: {
        readonly round: number
        readonly deadline: string
        readonly scope: 'disputed' | 'all'
        /** The number of packages written. */
        readonly units: number
        readonly attachments: readonly string[]
      }
    }
  | {
      readonly action: 'round.response-imported'
      readonly detail: {
        readonly unit: string
        readonly round: number
        readonly explained: number
        readonly agreed: number
        readonly evidenceFiles: number
        /** The response package's content hash. */
        readonly hash: string
      }
    }
  | {
      readonly action: 'assessment.report-signature-changed'
      readonly detail: { readonly place: string; readonly preparer: string; readonly head: string }
    }
  | {
      /** A step of the appraisal council (decision 0025); settling a conflict is an `appraisal.added`. */
      readonly action: 'council.changed'
      readonly detail: {
        readonly event:
          | 'member-saved'
          | 'member-removed'
          | 'work-package-written'
          | 'package-imported'
          | 'work-package-opened'
          | 'appraisal-package-written'
        readonly member: string
        /** Appraisals added or written (package-imported, appraisal-package-written). */
        readonly count?: number
        /** The content hash of the package written, imported or opened. */
        readonly hash?: string
      }
    }

export type AssessmentAuditAction = AssessmentAuditEvent['action']

/** Every action the evaluator's audit log holds. @example ASSESSMENT_AUDIT_ACTIONS.includes('appraisal.added') // => true */
export const ASSESSMENT_AUDIT_ACTIONS = [
  'assessment.created',
  'assessment.units-changed',
  'appraisal.added',
  'unit.approved',
  'unit.approval-withdrawn',
  'assessment.published',
  'assessment.unlocked',
  'assessment.report-signature-changed',
  'council.changed',
  'round.issued',
  'round.response-imported',
  'round.item-kept',
  'round.item-revised',
] as const satisfies readonly AssessmentAuditAction[]

import type { Answers } from '@core/responses/answer'
import type { ReportSignature } from './reportSignature'

/**
 * A unit assessed in an assessment (đơn vị được đánh giá): its code, its name as published and
 * its group (e.g. "Sở, ban, ngành"), which the ranking can be filtered by.
 *
 * @example
 *   const unit: AssessmentUnit = { code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' }
 */
export type AssessmentUnit = { readonly code: string; readonly name: string; readonly group: string }

/**
 * `open` while submissions come in and are appraised; `published` once the evaluator locks the
 * results (công bố). A published assessment changes only after an explicit, logged unlock.
 */
export type AssessmentStatus = 'open' | 'published'

/** A unit the evaluator approved (đã duyệt), and when. */
export type UnitApproval = { readonly unit: string; readonly at: string }

/**
 * An assessment (kỳ đánh giá): one framework, one year, a list of units, and the evaluator's
 * decisions on them. The framework definition is kept with the assessment (canonical JSON,
 * validated again when read) so that an app update changing a built-in framework never changes a
 * past assessment's results.
 *
 * @example
 *   const assessment: Assessment = {
 *     id: 'a-2026-dept', frameworkId: 'dept-ict-readiness', frameworkVersion: '2026.1', year: 2026,
 *     units: [{ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' }], status: 'open',
 *     approvals: [], createdAt: '2026-02-01T08:00:00.000Z', updatedAt: '2026-02-01T08:00:00.000Z',
 *     publishedAt: null, rev: 1,
 *   }
 */
export type Assessment = {
  readonly id: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly units: readonly AssessmentUnit[]
  readonly status: AssessmentStatus
  readonly approvals: readonly UnitApproval[]
  readonly createdAt: string
  readonly updatedAt: string
  readonly publishedAt: string | null
  /** Increases with every change, so a screen can tell that it shows an older state. */
  readonly rev: number
  /** The signature block printed at the end of the results report; absent: none. */
  readonly reportSignature?: ReportSignature
}

/**
 * One unit's self-declared answers (số liệu đơn vị tự khai) as they reached the evaluator: a
 * submission filled in unit mode on this machine, or a workbook received and imported.
 *
 * @example
 *   const declared: DeclaredSubmission = { unit: 'STC', answers: { SoCBCC: 120 }, source: 'unit-mode', receivedAt: '2026-02-03T10:00:00.000Z', reference: 'STC|dept-ict-readiness|2026.1|2026|r1', history: [], importWarnings: [], pendingVersions: 0 }
 */
export type DeclaredSubmission = {
  readonly unit: string
  readonly answers: Answers
  readonly source: 'unit-mode' | 'received'
  readonly receivedAt: string
  /** The submission id or the received file's name, to find it again. */
  readonly reference: string
  /** The history of how it arrived, newest first (revisions, imports). */
  readonly history: readonly DeclaredHistoryEntry[]
  /** What the import noticed in the file without refusing it (a required answer missing, a failed check). */
  readonly importWarnings: readonly ({ readonly code: string } & Readonly<Record<string, unknown>>)[]
  /** Later versions received for this unit, waiting for the evaluator's choice between them. */
  readonly pendingVersions: number
  /** The `submissionId` its evidence files are stored under (the evidence table); absent when it has none to show. */
  readonly evidenceOwner?: string
}

/** One step in how a unit's declared answers arrived: a revision submitted, a file imported. */
export type DeclaredHistoryEntry = {
  readonly at: string
  readonly kind: 'submitted' | 'revision-started' | 'imported' | 'replaced' | 'rejected'
  readonly reference: string
}

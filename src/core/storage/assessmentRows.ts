import type { Appraisal } from '@core/assessment/appraisal'
import type { Assessment, AssessmentStatus, AssessmentUnit, UnitApproval } from '@core/assessment/assessment'
import type { AssessmentAuditEvent } from '@core/assessment/assessmentAudit'
import { storedReportSignature } from '@core/assessment/reportSignature'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { appendAuditEntry } from './auditLogAppend'
import type { WorkbenchDatabase } from './database'
import type { StoredAssessment } from './storedTypes'

/**
 * An assessment row: the shared `StoredAssessment` columns plus the evaluator's fields.
 * `source: 'evaluator'` tells these rows from anything else in the table.
 */
export type AssessmentRow = StoredAssessment & {
  readonly source: 'evaluator'
  readonly units: readonly AssessmentUnit[]
  readonly approvals: readonly UnitApproval[]
  readonly createdAt: string
  readonly updatedAt: string
  readonly publishedAt: string | null
  readonly rev: number
  /** The framework's canonical JSON, kept with the assessment and validated again when read. */
  readonly framework: unknown
  /** Optional, added without a schema step: rows written before it lack it. */
  readonly reportSignature?: unknown
}

/** An appraisal as stored: `seq` orders appraisals made within the same millisecond. */
export type AppraisalRow = Appraisal & { readonly seq?: number; readonly assessmentId: string }

/** The official results, frozen when the assessment is published. */
export type AssessmentResultRow = {
  readonly assessmentId: string
  readonly computedAt: string
  readonly engineVersion: number
  readonly result: AssessmentResult
}

/** Tables step 2 added, read through `table()` so `WorkbenchDatabase` stays shared. */
export const appraisalsTable = (database: WorkbenchDatabase) =>
  database.table<AppraisalRow, number>('appraisals')
export const assessmentResultsTable = (database: WorkbenchDatabase) =>
  database.table<AssessmentResultRow, string>('assessmentResults')

export function isAssessmentRow(row: StoredAssessment | undefined): row is AssessmentRow {
  return row !== undefined && (row as Partial<AssessmentRow>).source === 'evaluator'
}

export function rowToAssessment(row: AssessmentRow): Assessment {
  const signature = storedReportSignature(row.reportSignature)
  return {
    id: row.id,
    frameworkId: row.frameworkId,
    frameworkVersion: row.frameworkVersion,
    year: row.year,
    units: Array.isArray(row.units) ? row.units : [],
    status: (row.status === 'published' ? 'published' : 'open') satisfies AssessmentStatus,
    approvals: Array.isArray(row.approvals) ? row.approvals : [],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt ?? null,
    rev: typeof row.rev === 'number' ? row.rev : 0,
    ...(signature === null ? {} : { reportSignature: signature }),
  }
}

export function assessmentToRow(assessment: Assessment, framework: unknown): AssessmentRow {
  return { ...assessment, source: 'evaluator', framework }
}

/** Appends an evaluator audit entry inside the caller's transaction. */
export async function writeAssessmentAudit(
  database: WorkbenchDatabase,
  assessmentId: string,
  at: string,
  event: AssessmentAuditEvent,
): Promise<void> {
  await appendAuditEntry(database, { at, entityId: assessmentId, action: event.action, detail: event.detail })
}

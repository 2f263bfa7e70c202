import {
  ASSESSMENT_AUDIT_ACTIONS,
  type AssessmentAuditAction,
  type AssessmentAuditEntry,
} from '@core/assessment/assessmentAudit'
import type { WorkbenchDatabase } from './database'

/**
 * The evaluator's audit log of one assessment, newest first: creation, unit-list changes, every
 * appraisal with the declared, previous and new value and the reason, approvals, publication and
 * unlocks with their reason.
 *
 * @example
 *   const entries = await listAssessmentAudit(database, assessment.id)
 *   entries.filter((entry) => entry.action === 'appraisal.added')
 */
export async function listAssessmentAudit(
  database: WorkbenchDatabase,
  assessmentId: string,
): Promise<AssessmentAuditEntry[]> {
  const rows = await database.auditLog.where('entityId').equals(assessmentId).toArray()
  return rows
    .filter(
      (row) => row.seq !== undefined && (ASSESSMENT_AUDIT_ACTIONS as readonly string[]).includes(row.action),
    )
    .map(
      (row) =>
        ({
          seq: row.seq as number,
          at: row.at,
          assessmentId,
          action: row.action as AssessmentAuditAction,
          detail: row.detail,
        }) as AssessmentAuditEntry,
    )
    .sort((a, b) => b.seq - a.seq)
}

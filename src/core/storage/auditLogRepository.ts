import {
  ASSESSMENT_AUDIT_ACTIONS,
  type AssessmentAuditAction,
  type AssessmentAuditEntry,
} from '@core/assessment/assessmentAudit'
import { verifyAuditChain, type AuditChainReport } from '@core/audit/auditChain'
import type { AuditOperator, OperatorMode } from '@core/audit/auditOperator'
import { err, ok, type Result } from '@core/result'
import { appendAuditEntry } from './auditLogAppend'
import type { WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'

/**
 * The evaluator's audit log of one assessment, newest first: creation, unit-list changes, every
 * appraisal with the declared, previous and new value and the reason, approvals, publication and
 * unlocks with their reason, each with who did it.
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
          operator: row.operator ?? null,
          action: row.action as AssessmentAuditAction,
          detail: row.detail,
        }) as AssessmentAuditEntry,
    )
    .sort((a, b) => b.seq - a.seq)
}

/**
 * Checks the whole audit log's hash chain (`verifyAuditChain`), oldest entry first. Nothing is
 * repaired: a break is reported with the first broken entry and what that entry says it is.
 *
 * @example
 *   const report = await verifyAuditLog(database)
 *   report.broken === null // the log is unbroken
 */
export async function verifyAuditLog(database: WorkbenchDatabase): Promise<AuditLogCheck> {
  const rows = await database.auditLog.toArray()
  const report = verifyAuditChain(rows)
  const row = report.broken === null ? undefined : rows[report.broken.index]
  return {
    ...report,
    brokenEntry: row === undefined ? null : { at: row.at, action: row.action, entityId: row.entityId },
  }
}

/** The chain report, with what the first broken entry says it is (to name it to the user). */
export type AuditLogCheck = AuditChainReport & {
  readonly brokenEntry: { readonly at: unknown; readonly action: unknown; readonly entityId: unknown } | null
}

/** The entity the operator's changes are logged under. */
export const OPERATOR_AUDIT_ENTITY = 'operator'

/**
 * Logs a change of operator in a mode (`operator.changed`: the mode, the name and position before
 * and after), recorded as done by the new operator.
 *
 * @example
 *   await logOperatorChange(database, 'evaluator', null, { mode: 'evaluator', name: 'Nguyễn Văn An' })
 */
export async function logOperatorChange(
  database: WorkbenchDatabase,
  mode: OperatorMode,
  before: AuditOperator | null,
  after: AuditOperator,
  at: Date = new Date(),
): Promise<Result<void, StorageFailure>> {
  const person = (operator: AuditOperator | null) =>
    operator === null || operator.name === null
      ? null
      : { name: operator.name, ...(operator.position === undefined ? {} : { position: operator.position }) }
  try {
    await database.transaction('rw', [database.auditLog], () =>
      appendAuditEntry(database, {
        at: at.toISOString(),
        entityId: OPERATOR_AUDIT_ENTITY,
        action: 'operator.changed',
        detail: { mode, before: person(before), after: person(after) },
      }),
    )
    return ok(undefined)
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

/** The entity database-wide events are logged under. */
export const DATABASE_AUDIT_ENTITY = 'database'

/**
 * Logs a restore (`database.restored`) onto the restored log's chain, so who restored what is in
 * the log that now is the database's.
 *
 * @example
 *   await logDatabaseRestored(database, { recordCount: 1234 })
 */
export async function logDatabaseRestored(
  database: WorkbenchDatabase,
  detail: { readonly recordCount: number },
  at: Date = new Date(),
): Promise<Result<void, StorageFailure>> {
  try {
    await database.transaction('rw', [database.auditLog], () =>
      appendAuditEntry(database, {
        at: at.toISOString(),
        entityId: DATABASE_AUDIT_ENTITY,
        action: 'database.restored',
        detail,
      }),
    )
    return ok(undefined)
  } catch (error) {
    return err(classifyStorageError(error))
  }
}

import { verifyAuditChain, type AuditChainBreak, type ChainedAuditEntry } from '@core/audit/auditChain'
import { validateStoredRows, type RowProblem } from './storedRowSchemas'

/** The first problems a restore reports (the rest are counted, not listed). */
export const MAX_LISTED_ROW_PROBLEMS = 10

/** Why a backup is refused before anything is written (decision 0021). */
export type BackupValidationError =
  | {
      readonly code: 'backup-rows-invalid'
      readonly problems: readonly RowProblem[]
      /** Every row that failed, listed or not. */
      readonly invalidRows: number
    }
  | {
      readonly code: 'backup-audit-chain-broken'
      readonly broken: AuditChainBreak
      readonly total: number
    }

/** An explicit decision to restore a backup whose audit chain is broken: logged in the restored log. */
export type ChainOverride = { readonly reason: string }

/**
 * Collects, chunk by chunk, what a restore must know before writing: rows that do not fit their
 * table's schema and the audit log's rows (for `verifyAuditChain` at the end).
 *
 * @example
 *   const check = createBackupValidation()
 *   check.add('units', rows)
 *   const refused = check.finish(null) // null, or the error
 */
export function createBackupValidation() {
  const problems: RowProblem[] = []
  let invalidRows = 0
  const seen: Record<string, number> = {}
  const audit: ChainedAuditEntry[] = []
  return {
    add(table: string, rows: readonly unknown[]): void {
      const first = (seen[table] ?? 0) + 1
      seen[table] = first - 1 + rows.length
      const found = validateStoredRows(table, rows, first, rows.length)
      invalidRows += found.length
      for (const problem of found) if (problems.length < MAX_LISTED_ROW_PROBLEMS) problems.push(problem)
      if (table === 'auditLog' && found.length === 0)
        for (const row of rows) audit.push(row as ChainedAuditEntry)
    },
    /** The refusal, or null when the backup may be written (a broken chain with an override included). */
    finish(override: ChainOverride | null): BackupValidationError | null {
      if (invalidRows > 0) return { code: 'backup-rows-invalid', problems, invalidRows }
      const chain = verifyAuditChain(audit)
      if (chain.broken !== null && (override === null || override.reason.trim() === ''))
        return { code: 'backup-audit-chain-broken', broken: chain.broken, total: chain.total }
      return null
    },
    /** Where the chain breaks (after `finish`), for the override's log entry. */
    chainBreak(): AuditChainBreak | null {
      return verifyAuditChain(audit).broken
    },
  }
}

import type { AuditOperator } from '@core/audit/auditOperator'
import { sealAuditEntry } from '@core/audit/auditChain'
import type { WorkbenchDatabase } from './database'
import type { StoredAuditEntry } from './storedTypes'

/** Who acts through each open database: set by the app (the operator of the current mode). */
const operators = new WeakMap<object, () => AuditOperator | null>()

/**
 * Tells the audit log who acts through `database` from now on: `operator` is asked at each
 * append, so a change of operator or mode applies to the next entry. Unbound, entries record
 * `operator: null` (tests, scripts).
 *
 * @example
 *   bindAuditOperator(database, () => operatorStore.current())
 */
export function bindAuditOperator(database: WorkbenchDatabase, operator: () => AuditOperator | null): void {
  operators.set(database, operator)
}

/** The operator entries written through `database` record now, or `null` when none is bound. */
export function auditOperatorOf(database: WorkbenchDatabase): AuditOperator | null {
  return operators.get(database)?.() ?? null
}

/**
 * Appends one entry to the audit log, sealed onto the chain (core/audit/auditChain): it records
 * the bound operator and the newest entry's hash, and is hashed over its canonical JSON. Run it
 * inside the caller's read-write transaction over `auditLog`, one append at a time (IndexedDB
 * serialises transactions over the same table, so the newest entry read here is still the newest
 * when the entry is added). Entries are only ever added: nothing in the app updates or deletes one.
 *
 * @example
 *   await database.transaction('rw', [database.auditLog], () =>
 *     appendAuditEntry(database, { at, entityId: 'a1', action: 'unit.approved', detail: { unit: 'STC' } }))
 */
export async function appendAuditEntry(
  database: WorkbenchDatabase,
  entry: Pick<StoredAuditEntry, 'at' | 'entityId' | 'action' | 'detail'>,
): Promise<number> {
  const newest = await database.auditLog.toCollection().last()
  const sealed = sealAuditEntry(
    {
      at: entry.at,
      entityId: entry.entityId,
      action: entry.action,
      // Stored as its JSON: what is hashed is exactly what a backup writes and a restore reads back.
      detail: entry.detail === undefined ? null : (JSON.parse(JSON.stringify(entry.detail)) as unknown),
      operator: auditOperatorOf(database),
    },
    newest,
  )
  return (await database.auditLog.add(sealed)) as number
}

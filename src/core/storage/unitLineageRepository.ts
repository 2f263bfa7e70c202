import type { Table } from 'dexie'
import { LINEAGE_KINDS, type LineageRow, type UnitLineage } from '@core/comparison/unitLineage'
import { err, ok, type Result } from '@core/result'
import { appendAuditEntry } from './auditLogAppend'
import type { WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'

/**
 * One saved version of the workspace's unit lineage: the rows, where they came from (a file
 * name, or the built-in lineage's id) and when. The highest version is the lineage in force.
 *
 * @example
 *   const row: StoredUnitLineage = { version: 2, savedAt: '2026-12-07T08:00:00.000Z', origin: 'danang-2025-lineage.csv', rows: [] }
 */
export type StoredUnitLineage = {
  readonly version: number
  readonly savedAt: string
  readonly origin: string
  readonly rows: readonly LineageRow[]
}

/** A saved version without its rows, for the history list. */
export type UnitLineageVersion = Omit<StoredUnitLineage, 'rows'> & { readonly rowCount: number }

/** The audit log's entity id for the lineage's entries (`lineage.saved`, `lineage.cleared`). */
export const UNIT_LINEAGE_AUDIT_ENTITY = 'unit-lineage'

export type UnitLineageRepository = {
  /** The lineage in force (the highest version), or the empty lineage when none was ever saved. */
  current(): Promise<UnitLineage & { readonly version: number; readonly origin: string }>
  /** Every saved version, newest first. */
  versions(): Promise<readonly UnitLineageVersion[]>
  /** Saves the lineage as a new version and logs it, in one transaction; returns the new version number. */
  save(lineage: UnitLineage, origin: string): Promise<Result<number, StorageFailure>>
}

const tableOf = (database: WorkbenchDatabase): Table<StoredUnitLineage, number> =>
  database.table('unitLineages')

const looksStored = (row: unknown): row is StoredUnitLineage => {
  if (typeof row !== 'object' || row === null) return false
  const candidate = row as Partial<StoredUnitLineage>
  return (
    typeof candidate.version === 'number' &&
    Array.isArray(candidate.rows) &&
    candidate.rows.every(
      (item: Partial<LineageRow>) =>
        typeof item.newCode === 'string' &&
        typeof item.oldCode === 'string' &&
        typeof item.effectiveDate === 'string' &&
        (LINEAGE_KINDS as readonly unknown[]).includes(item.kind),
    )
  )
}

/**
 * The workspace's unit lineage, versioned and logged: each save (an import, the built-in lineage,
 * clearing it) adds a version and an audit entry; older versions stay.
 *
 * @example
 *   await createUnitLineageRepository(database).save(lineage, 'danang-2025-lineage.csv')
 */
export function createUnitLineageRepository(
  database: WorkbenchDatabase,
  options: { readonly now?: () => Date } = {},
): UnitLineageRepository {
  const table = tableOf(database)
  const now = options.now ?? (() => new Date())
  const latest = async () => {
    const rows = (await table.orderBy('version').reverse().toArray()).filter(looksStored)
    return rows
  }
  return {
    current: async () => {
      const newest = (await latest())[0]
      return newest === undefined
        ? { rows: [], version: 0, origin: '' }
        : { rows: newest.rows, version: newest.version, origin: newest.origin }
    },
    versions: async () => (await latest()).map(({ rows, ...rest }) => ({ ...rest, rowCount: rows.length })),
    save: async (lineage, origin) => {
      try {
        const savedAt = now().toISOString()
        const version = await database.transaction('rw', [table, database.auditLog], async () => {
          const newest = await table.orderBy('version').last()
          const next = (newest?.version ?? 0) + 1
          await table.add({ version: next, savedAt, origin, rows: JSON.parse(JSON.stringify(lineage.rows)) })
          await appendAuditEntry(database, {
            at: savedAt,
            entityId: UNIT_LINEAGE_AUDIT_ENTITY,
            action: lineage.rows.length === 0 ? 'lineage.cleared' : 'lineage.saved',
            detail: { version: next, origin, rowCount: lineage.rows.length },
          })
          return next
        })
        return ok(version)
      } catch (error) {
        return err(classifyStorageError(error))
      }
    },
  }
}

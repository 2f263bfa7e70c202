import { z } from 'zod'

/**
 * What the app last saw of a database, kept OUTSIDE IndexedDB (browser: `localStorage`; desktop:
 * a file in the profile folder written by main), so a database that Chromium emptied or recreated
 * can be told apart from a new one.
 */
export type DatabaseMarker = {
  readonly format: 1
  readonly databaseName: string
  /** The random id written into the database's `settings` table when it was first seen. */
  readonly identity: string
  /** Rows per table, `settings` included (the same rows a backup's `recordCount` adds up). */
  readonly counts: Readonly<Record<string, number>>
  /** ISO time of the last change the app saw (a write that re-ran the marker's live query). */
  readonly lastChangeAt: string
  /** The audit log's head when the marker was written (absent in markers written before it). */
  readonly auditHead?: AuditHead | undefined
}

/** How many entries the audit log had and the newest one's hash (`null`: unsealed or none). */
export type AuditHead = { readonly count: number; readonly hash: string | null }

/** What the open database holds now. `identity` is null when its settings have none (new or emptied). */
export type DatabaseObservation = {
  readonly identity: string | null
  readonly counts: Readonly<Record<string, number>>
  /** The audit log's head now. */
  readonly auditHead?: AuditHead
  /** The hash of the entry at the marker's head position (its `count`-th entry), when asked. */
  readonly auditHashAtMarker?: string | null
}

export type TableDrop = { readonly table: string; readonly before: number; readonly after: number }

export type MarkerCheck =
  /** No (readable) marker: the first start of this database, or of this feature. */
  | { readonly status: 'new' }
  | { readonly status: 'ok' }
  | {
      readonly status: 'blocked'
      /**
       * `emptied`: no identity and no rows where the marker saw data; `recreated`: another identity
       * (or none) but some rows; `shrunk`: same identity, a table lost most of its rows.
       */
      /** `log-truncated`: the audit log lost entries or its entry at the marker's head changed. */
      readonly reason: 'emptied' | 'recreated' | 'shrunk' | 'log-truncated'
      readonly marker: DatabaseMarker
      readonly drops: readonly TableDrop[]
    }

/** A drop counts as large when at least this many rows are gone… */
export const LARGE_DROP_MIN_ROWS = 5
/** …and fewer than this fraction of them remain. */
export const LARGE_DROP_REMAINING_FRACTION = 0.5

/**
 * Whether going from `before` rows to `after` rows is a large drop: at least 5 rows gone and less
 * than half left. Small tables (a few rows) can shrink freely; 10 → 4 is large, 10 → 5 is not.
 *
 * @example
 *   isLargeDrop(10, 4) // => true
 *   isLargeDrop(4, 0) // => false (fewer than 5 rows gone)
 */
export function isLargeDrop(before: number, after: number): boolean {
  return before - after >= LARGE_DROP_MIN_ROWS && after < before * LARGE_DROP_REMAINING_FRACTION
}

/** Every row the marker or observation counts. */
export function totalRows(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0)
}

/**
 * Decides at start whether the database still holds what the marker saw. Blocks when the
 * database lost its identity or has another one while the marker saw data, or when any table lost
 * most of its rows (`isLargeDrop`). A marker that saw no data never blocks: nothing can be lost.
 *
 * @example
 *   checkDatabaseMarker(marker, { identity: null, counts: { submissions: 0 } })
 *   // => { status: 'blocked', reason: 'emptied', … } when the marker counted submissions
 */
export function checkDatabaseMarker(
  marker: DatabaseMarker | null,
  observed: DatabaseObservation,
): MarkerCheck {
  if (marker === null) return { status: 'new' }
  const markerRows = totalRows(marker.counts)
  if (markerRows === 0) return { status: 'ok' }
  const drops: TableDrop[] = Object.entries(marker.counts)
    .map(([table, before]) => ({ table, before, after: observed.counts[table] ?? 0 }))
    .filter((drop) => drop.after < drop.before)
  if (observed.identity !== marker.identity) {
    const reason = observed.identity === null && totalRows(observed.counts) === 0 ? 'emptied' : 'recreated'
    return { status: 'blocked', reason, marker, drops }
  }
  const large = drops.filter((drop) => isLargeDrop(drop.before, drop.after))
  if (large.length > 0) return { status: 'blocked', reason: 'shrunk', marker, drops: large }
  const head = marker.auditHead
  const logCount = observed.counts['auditLog'] ?? 0
  if (
    head !== undefined &&
    head.count > 0 &&
    (logCount < head.count ||
      (observed.auditHashAtMarker !== undefined && observed.auditHashAtMarker !== head.hash))
  )
    return {
      status: 'blocked',
      reason: 'log-truncated',
      marker,
      drops: [{ table: 'auditLog', before: head.count, after: logCount }],
    }
  return { status: 'ok' }
}

/**
 * Whether the marker may follow a change seen while the app runs: only while the identity is the
 * one the marker knows. A database emptied under the running app (no identity any more) leaves the
 * marker as it was, so the next start blocks instead of taking the empty database as the truth.
 * Rows the app itself deleted in this session are followed.
 *
 * @example
 *   mayFollowChange(marker, { identity: null, counts: {} }) // => false when the marker saw data
 */
export function mayFollowChange(marker: DatabaseMarker | null, observed: DatabaseObservation): boolean {
  if (marker === null || totalRows(marker.counts) === 0) return true
  return observed.identity === marker.identity
}

const markerSchema = z
  .object({
    format: z.literal(1),
    databaseName: z.string().min(1),
    identity: z.string().min(1),
    counts: z.record(z.string(), z.number().int().nonnegative()),
    lastChangeAt: z.string().datetime(),
    auditHead: z
      .object({
        count: z.number().int().nonnegative(),
        hash: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
      })
      .strict()
      .optional(),
  })
  .strict()

/**
 * Reads a stored marker; anything unreadable (missing, edited, another format) is `null`, which
 * `checkDatabaseMarker` treats as a first start.
 *
 * @example
 *   parseDatabaseMarker(localStorage.getItem(key)) // => DatabaseMarker | null
 */
export function parseDatabaseMarker(text: string | null): DatabaseMarker | null {
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = markerSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/** Entries of the backups list the wipe screen may offer. */
type BackupCandidate = {
  readonly id: string
  readonly createdAt: string
  readonly recordCount: number
  readonly verified: boolean
}

/**
 * The newest verified backup that holds the data the marker saw: its record count is not a large
 * drop from the marker's rows (both count every table, `settings` included). Null when no backup
 * qualifies.
 *
 * @example
 *   newestBackupWithData(entries, marker)?.id
 */
export function newestBackupWithData<T extends BackupCandidate>(
  entries: readonly T[],
  marker: DatabaseMarker,
): T | null {
  const rows = totalRows(marker.counts)
  const candidates = entries
    .filter((entry) => entry.verified && entry.recordCount > 0 && !isLargeDrop(rows, entry.recordCount))
    .sort((left, right) => right.createdAt.localeCompare(left.createdAt))
  return candidates[0] ?? null
}

import { Dexie, type EntityTable } from 'dexie'
import { err, ok, type Result } from '@core/result'
import { schemaHistory, type SchemaStep } from './schemaHistory'
import type {
  StoredAssessment,
  StoredAuditEntry,
  StoredEvidence,
  StoredFramework,
  StoredSetting,
  StoredSubmission,
  StoredUnit,
} from './storedTypes'

export type WorkbenchDatabase = Dexie & {
  settings: EntityTable<StoredSetting, 'key'>
  frameworks: Dexie.Table<StoredFramework, [string, string]>
  units: EntityTable<StoredUnit, 'code'>
  submissions: EntityTable<StoredSubmission, 'id'>
  assessments: EntityTable<StoredAssessment, 'id'>
  auditLog: EntityTable<StoredAuditEntry, 'seq'>
  evidence: EntityTable<StoredEvidence, 'id'>
}

/** The database that holds real work; the sample workspace uses another name so data never mixes. */
export const WORKBENCH_DATABASE_NAME = 'ict-index-workbench'

export type DatabaseOpenError =
  | { readonly code: 'database-upgrade-failed'; readonly message: string }
  | {
      readonly code: 'database-newer-than-app'
      readonly message: string
      /** The data format the database has and the one this app writes. */
      readonly found: number
      readonly supported: number
      /** The app version that last wrote the newer format, when it recorded itself. */
      readonly neededAppVersion: string | null
    }
  | { readonly code: 'database-unavailable'; readonly message: string }
  /** The copy of the old schema taken before an upgrade failed: nothing was upgraded (decision 0023). */
  | {
      readonly code: 'database-upgrade-backup-failed'
      readonly message: string
      readonly from: number
      readonly to: number
    }

/**
 * Declares every schema step on a Dexie instance without opening it.
 *
 * @example
 *   const database = defineWorkbenchDatabase('test-db') // then await database.open()
 */
export function defineWorkbenchDatabase(
  name: string = WORKBENCH_DATABASE_NAME,
  history: readonly SchemaStep[] = schemaHistory,
): WorkbenchDatabase {
  // Strict durability on every transaction (reliability §3.2): Chrome ≥ 121 defaults to relaxed,
  // and Dexie 4 takes durability only here, not per `transaction()` call. No live-query cache
  // (decision 0008): every re-run of a view's live query reads IndexedDB itself, so data written
  // without Dexie (a test's seed) shows on the next re-run instead of a cached older result.
  const database = new Dexie(name, {
    chromeTransactionDurability: 'strict',
    cache: 'disabled',
  }) as WorkbenchDatabase
  for (const step of history) {
    const version = database.version(step.version).stores({ ...step.stores })
    if (step.upgrade) version.upgrade(step.upgrade)
  }
  return database
}

/**
 * Opens (and upgrades) the database, reporting an expected failure as a value so the UI can
 * explain it and keep the existing data untouched.
 *
 * @example
 *   const opened = await openWorkbenchDatabase()
 *   if (!opened.ok) showError(opened.error.code)
 */
export async function openWorkbenchDatabase(
  name: string = WORKBENCH_DATABASE_NAME,
  history: readonly SchemaStep[] = schemaHistory,
  appVersion: string | null = null,
): Promise<Result<WorkbenchDatabase, DatabaseOpenError>> {
  const database = defineWorkbenchDatabase(name, history)
  const supported = history.at(-1)?.version ?? 0
  try {
    await database.open()
    // Dexie opens a database of a newer format too (its tables as they are); writing into it with
    // an older app's idea of the rows could lose what the newer app added, so it is refused here.
    const found = Math.floor(database.backendDB().version / 10)
    if (found > supported) {
      const writer = (await database.settings.get(SCHEMA_WRITER_KEY))?.value
      database.close()
      return err({
        code: 'database-newer-than-app',
        message: `data format ${found}, this app writes ${supported}`,
        found,
        supported,
        neededAppVersion: isSchemaWriter(writer) && writer.schemaVersion === found ? writer.appVersion : null,
      })
    }
    const writer = (await database.settings.get(SCHEMA_WRITER_KEY))?.value
    if (
      appVersion !== null &&
      !(isSchemaWriter(writer) && writer.schemaVersion === supported && writer.appVersion === appVersion)
    )
      await database.settings.put({ key: SCHEMA_WRITER_KEY, value: { schemaVersion: supported, appVersion } })
    return ok(database)
  } catch (error) {
    database.close()
    return err(classifyOpenError(error, supported))
  }
}

/** The settings row where the app records which data format it wrote and its own version. */
export const SCHEMA_WRITER_KEY = 'schemaWriter'

type SchemaWriter = { readonly schemaVersion: number; readonly appVersion: string }

function isSchemaWriter(value: unknown): value is SchemaWriter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SchemaWriter).schemaVersion === 'number' &&
    typeof (value as SchemaWriter).appVersion === 'string'
  )
}

function classifyOpenError(error: unknown, supported: number): DatabaseOpenError {
  const name = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'VersionError')
    return {
      code: 'database-newer-than-app',
      message,
      found: supported + 1,
      supported,
      neededAppVersion: null,
    }
  if (name === 'UpgradeError') return { code: 'database-upgrade-failed', message }
  return { code: 'database-unavailable', message }
}

/**
 * Lets a connection that Chromium closed open again on the next call, and says whether it did.
 *
 * When Chromium closes the connection (a write failed on a full disk, an I/O error), Dexie
 * reopens it by itself on the next call; but when that reopen fails too (the disk is still full),
 * Dexie refuses every later call with `DatabaseClosedError` until the instance is reset, so a
 * retry after the user freed space would keep failing until a reload. A connection the app closed
 * on purpose (`close()` without options, e.g. when leaving the sample workspace) stays closed.
 *
 * @example
 *   if (!saved.ok && allowReopen(database)) retryTheWrite()
 */
export function allowReopen(database: Dexie): boolean {
  if (database.isOpen() || !database.hasFailed() || database.hasBeenClosed()) return false
  database.close({ disableAutoOpen: false })
  return true
}

/**
 * Runs a write and, if it failed while the connection was left closed by a failed reopen, lets the
 * connection reopen and runs it once more. The code of the first failure does not decide: Dexie
 * keeps answering with the stale open error (e.g. "disk full") after the user freed space. The
 * second failure, if any, names its real cause (a reopen on a still-full disk reports `quota`).
 *
 * @example
 *   const saved = await writeWithReopen(database, () => repository.write(change))
 */
export async function writeWithReopen<T, E>(
  database: Dexie,
  attempt: () => Promise<Result<T, E>>,
): Promise<Result<T, E>> {
  const first = await attempt()
  if (first.ok || !allowReopen(database)) return first
  return attempt()
}

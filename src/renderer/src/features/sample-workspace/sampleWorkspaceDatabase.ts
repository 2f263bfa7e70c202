import { err, ok, type Result } from '@core/result'
import {
  isSampleWorkspaceSeeded,
  SAMPLE_WORKSPACE_DATABASE_NAME,
  seedSampleWorkspace,
  type SeedSampleWorkspaceFailure,
} from '@core/storage/seedSampleWorkspace'
import {
  defineWorkbenchDatabase,
  openWorkbenchDatabase,
  type DatabaseOpenError,
} from '@core/storage/database'

export type SamplePreparationFailure =
  | DatabaseOpenError
  | SeedSampleWorkspaceFailure
  | { readonly code: 'sample-delete-failed'; readonly message: string }

/**
 * Makes sure the sample database is completely seeded: kept as it is when it is, seeded when it
 * is new, deleted and seeded again when an earlier seeding was interrupted. Opens only the sample
 * database, on its own connection, and closes it afterwards.
 */
export async function prepareSampleWorkspace(): Promise<Result<void, SamplePreparationFailure>> {
  const opened = await openWorkbenchDatabase(SAMPLE_WORKSPACE_DATABASE_NAME)
  if (!opened.ok) return opened
  let database = opened.value
  try {
    if (await isSampleWorkspaceSeeded(database)) return ok(undefined)
    const rowCounts = await Promise.all(database.tables.map((table) => table.count()))
    if (rowCounts.some((count) => count > 0)) {
      database.close()
      const deleted = await deleteSampleWorkspace()
      if (!deleted.ok) return deleted
      const fresh = await openWorkbenchDatabase(SAMPLE_WORKSPACE_DATABASE_NAME)
      if (!fresh.ok) return fresh
      database = fresh.value
    }
    const seeded = await seedSampleWorkspace(database)
    return seeded.ok ? ok(undefined) : seeded
  } finally {
    database.close()
  }
}

/** Deletes the sample database (other connections to it are closed by Dexie on the way). */
export async function deleteSampleWorkspace(): Promise<Result<void, SamplePreparationFailure>> {
  try {
    await defineWorkbenchDatabase(SAMPLE_WORKSPACE_DATABASE_NAME).delete()
    return ok(undefined)
  } catch (error) {
    return err({
      code: 'sample-delete-failed',
      message: error instanceof Error ? error.message : String(error),
    })
  }
}

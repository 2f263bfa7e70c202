import type { Table } from 'dexie'
import type { YearResults } from '@core/comparison/yearResults'
import { err, ok, type Result } from '@core/result'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'

/**
 * One year's results the manager imported from a file, as stored: the comparison's plain data
 * and when it was imported. One row per framework and year.
 *
 * @example
 *   const row: StoredImportedResults = { frameworkId: 'dept-ict-readiness', year: 2023, importedAt: '2026-11-29T08:00:00.000Z', results }
 */
export type StoredImportedResults = {
  readonly frameworkId: string
  readonly year: number
  readonly importedAt: string
  readonly results: YearResults
}

export type ImportedResultsRepository = {
  /** Every imported year, oldest year first; rows that no longer have the expected shape are left out. */
  list(): Promise<readonly YearResults[]>
  /** Stores one year's results (strict durability), replacing an earlier import of the same framework and year. */
  put(results: YearResults, importedAt: string): Promise<Result<void, StorageFailure>>
  /** Removes the imported results of one framework and year; removing what is not there is not an error. */
  remove(frameworkId: string, year: number): Promise<Result<void, StorageFailure>>
}

const tableOf = (database: WorkbenchDatabase): Table<StoredImportedResults, [string, number]> =>
  database.table('importedResults')

const looksStored = (row: unknown): row is StoredImportedResults => {
  if (typeof row !== 'object' || row === null) return false
  const candidate = row as Partial<StoredImportedResults>
  const results = candidate.results as Partial<YearResults> | undefined
  return (
    typeof candidate.frameworkId === 'string' &&
    typeof candidate.year === 'number' &&
    typeof results === 'object' &&
    results !== null &&
    typeof results.result === 'object' &&
    typeof results.structure === 'object'
  )
}

/**
 * Results of earlier years imported by the manager (results reports, ranking CSVs, plain tables),
 * kept so that the comparison still has them after the app is closed.
 *
 * @example
 *   await createImportedResultsRepository(database).put(year2023, new Date().toISOString())
 */
export function createImportedResultsRepository(database: WorkbenchDatabase): ImportedResultsRepository {
  const table = tableOf(database)
  return {
    list: async () => {
      const rows = await table.toArray()
      return rows
        .filter(looksStored)
        .sort((a, b) => a.year - b.year || a.frameworkId.localeCompare(b.frameworkId))
        .map((row) => row.results)
    },
    put: async (results, importedAt) => {
      return writeWithReopen(database, async () => {
        try {
          await database.transaction('rw', table, async () => {
            await table.put({
              frameworkId: results.frameworkId,
              year: results.year,
              importedAt,
              results: JSON.parse(JSON.stringify(results)) as YearResults,
            })
          })
          return ok(undefined)
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },
    remove: async (frameworkId, year) => {
      return writeWithReopen(database, async () => {
        try {
          await database.transaction('rw', table, () => table.delete([frameworkId, year]))
          return ok(undefined)
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },
  }
}

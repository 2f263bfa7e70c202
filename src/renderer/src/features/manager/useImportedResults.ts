import type { YearResults } from '@core/comparison/yearResults'
import { ok } from '@core/result'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import type { LiveRead } from '../../data/liveReadState'
import { useLiveRead } from '../../data/useLiveRead'

/** The imported years in the database, read again by itself whenever one is added or removed. */
export function useImportedResults(): LiveRead<readonly YearResults[]> {
  const database = useDatabase()
  return useLiveRead(async () => ok(await createImportedResultsRepository(database).list()), [database])
}

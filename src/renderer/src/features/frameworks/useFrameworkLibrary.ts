import { useCallback } from 'react'
import {
  listBuiltInFrameworks,
  loadBuiltInFramework,
  isBuiltInFrameworkId,
} from '@core/builtins/builtInFrameworks'
import type { ValidFramework } from '@core/framework/validateFramework'
import { ok } from '@core/result'
import { createFrameworkRepository, type FrameworkSummary } from '@core/storage/frameworkRepository'
import type { StorageFailure } from '@core/storage/storageError'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

export type LibraryEntry = Omit<FrameworkSummary, 'importedAt'> & {
  readonly source: 'built-in' | 'imported'
  readonly importedAt: string | null
}

/** Built-in and imported frameworks (the list read again by itself after every change), with ways to open, add and remove them. */
export function useFrameworkLibrary() {
  const database = useDatabase()
  const imported = useLiveRead(async () => ok(await createFrameworkRepository(database).list()), [database])
  const builtIn: LibraryEntry[] = listBuiltInFrameworks().map((summary) => ({
    ...summary,
    source: 'built-in',
    importedAt: null,
  }))
  const entries: readonly LibraryEntry[] = [
    ...builtIn,
    ...(imported.status === 'ready' ? imported.value : []).map((summary): LibraryEntry => ({
      ...summary,
      source: 'imported',
    })),
  ]
  const open = useCallback(
    async (entry: Pick<LibraryEntry, 'id' | 'version' | 'source'>): Promise<ValidFramework | null> => {
      if (entry.source === 'built-in' && isBuiltInFrameworkId(entry.id)) {
        const loaded = loadBuiltInFramework(entry.id)
        return loaded.ok ? loaded.value : null
      }
      const stored = await createFrameworkRepository(database).get(entry.id, entry.version)
      return stored?.ok ? stored.value : null
    },
    [database],
  )
  const save = useCallback(
    async (framework: ValidFramework) => {
      await createFrameworkRepository(database).save(framework, new Date().toISOString())
    },
    [database],
  )
  const remove = useCallback(
    async (id: string, version: string) => {
      await createFrameworkRepository(database).remove(id, version)
    },
    [database],
  )
  const error: StorageFailure | null = imported.status === 'error' ? imported.error : null
  return { entries, isLoading: imported.status === 'loading', error, open, save, remove }
}

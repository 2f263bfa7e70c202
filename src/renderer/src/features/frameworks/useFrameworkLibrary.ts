import { useCallback, useEffect, useState } from 'react'
import {
  listBuiltInFrameworks,
  loadBuiltInFramework,
  isBuiltInFrameworkId,
} from '@core/builtins/builtInFrameworks'
import type { ValidFramework } from '@core/framework/validateFramework'
import { createFrameworkRepository, type FrameworkSummary } from '@core/storage/frameworkRepository'
import { useDatabase } from '../../app/DatabaseProvider'

export type LibraryEntry = Omit<FrameworkSummary, 'importedAt'> & {
  readonly source: 'built-in' | 'imported'
  readonly importedAt: string | null
}

/** Built-in and imported frameworks, with ways to open, add and remove them. */
export function useFrameworkLibrary() {
  const database = useDatabase()
  const [imported, setImported] = useState<readonly FrameworkSummary[] | null>(null)
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    let cancelled = false
    void createFrameworkRepository(database)
      .list()
      .then((list) => {
        if (!cancelled) setImported(list)
      })
    return () => {
      cancelled = true
    }
  }, [database, revision])
  const builtIn: LibraryEntry[] = listBuiltInFrameworks().map((summary) => ({
    ...summary,
    source: 'built-in',
    importedAt: null,
  }))
  const entries: readonly LibraryEntry[] = [
    ...builtIn,
    ...(imported ?? []).map((summary): LibraryEntry => ({ ...summary, source: 'imported' })),
  ]
  const refresh = useCallback(() => setRevision((value) => value + 1), [])
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
      refresh()
    },
    [database, refresh],
  )
  const remove = useCallback(
    async (id: string, version: string) => {
      await createFrameworkRepository(database).remove(id, version)
      refresh()
    },
    [database, refresh],
  )
  return { entries, isLoading: imported === null, open, save, remove }
}

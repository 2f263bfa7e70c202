import { useCallback, useEffect, useState } from 'react'
import type { ImportBatch, JournalEntry } from '@core/import/importTypes'
import { createImportJournalRepository } from '@core/storage/importJournalRepository'
import { useDatabase } from '../../app/DatabaseProvider'

/** An interrupted batch and how many of its files were stored. */
export type InterruptedImport = { readonly batch: ImportBatch; readonly stored: readonly JournalEntry[] }

/**
 * Batches that started storing files and never finished (the window was closed or crashed during
 * an import), newest first, reloaded when `version` changes. `dismiss` marks one as done.
 */
export function useInterruptedImports(version: number) {
  const database = useDatabase()
  const [interrupted, setInterrupted] = useState<readonly InterruptedImport[]>([])
  const [reloads, setReloads] = useState(0)
  useEffect(() => {
    let cancelled = false
    const journal = createImportJournalRepository(database)
    void (async () => {
      const batches = await journal.interruptedBatches()
      const loaded = await Promise.all(
        batches.map(async (batch) => ({ batch, stored: await journal.journal(batch.id) })),
      )
      if (!cancelled) setInterrupted(loaded)
    })()
    return () => {
      cancelled = true
    }
  }, [database, version, reloads])
  const dismiss = useCallback(
    async (batchId: string) => {
      await createImportJournalRepository(database).finishBatch(batchId, new Date().toISOString())
      setReloads((count) => count + 1)
    },
    [database],
  )
  return { interrupted, dismiss }
}

import { useCallback } from 'react'
import type { ImportBatch, JournalEntry } from '@core/import/importTypes'
import { ok } from '@core/result'
import { createImportJournalRepository } from '@core/storage/importJournalRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/** An interrupted batch and how many of its files were stored. */
export type InterruptedImport = { readonly batch: ImportBatch; readonly stored: readonly JournalEntry[] }

const NONE: readonly InterruptedImport[] = []

/**
 * Batches that started storing files and never finished (the window was closed or crashed during
 * an import, or the import was stopped), newest first, kept current by a live read. A batch that
 * is running is unfinished too: the caller hides these while it runs one. `dismiss` marks one as done.
 */
export function useInterruptedImports() {
  const database = useDatabase()
  const read = useLiveRead(async () => {
    const journal = createImportJournalRepository(database)
    const batches = await journal.interruptedBatches()
    return ok(
      await Promise.all(batches.map(async (batch) => ({ batch, stored: await journal.journal(batch.id) }))),
    )
  }, [database])
  const dismiss = useCallback(
    async (batchId: string) => {
      await createImportJournalRepository(database).finishBatch(batchId, new Date().toISOString())
    },
    [database],
  )
  return { interrupted: read.status === 'ready' ? read.value : NONE, dismiss }
}

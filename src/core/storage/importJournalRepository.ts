import type { Table } from 'dexie'
import type { ImportBatch, ImportStoreFailure, JournalEntry, ParsingMark } from '@core/import/importTypes'
import { err, ok, type Result } from '@core/result'
import type { WorkbenchDatabase } from './database'
import { classifyStorageError } from './storageError'

/**
 * A batch record as stored: the batch, and the files it handed to a parse worker whose parse has
 * not returned yet (`parsing`, not indexed, so no schema step was needed; absent in records written
 * before it existed).
 */
export type StoredImportBatch = ImportBatch & { readonly parsing?: readonly ParsingMark[] }

/** The journal tables (schema step 3), typed; `database.ts` declares the tables of step 1 only. */
export function importBatchesTable(database: WorkbenchDatabase): Table<StoredImportBatch, string> {
  return database.table('importBatches')
}

export function importJournalTable(database: WorkbenchDatabase): Table<JournalEntry, [string, string]> {
  return database.table('importJournal')
}

export type ImportJournalRepository = {
  /** The files a batch committed, by index. */
  journal(batchId: string): Promise<readonly JournalEntry[]>
  /** Marks a batch as finished; a batch that committed nothing has no record and stays so. */
  finishBatch(batchId: string, at: string): Promise<Result<null, ImportStoreFailure>>
  /** Batches with commits that never finished (the app was closed or crashed during the import), newest first. */
  interruptedBatches(): Promise<readonly ImportBatch[]>
  /** Every batch, newest first. */
  batches(): Promise<readonly ImportBatch[]>
  /** Marks a file as being parsed, writing the batch record when it has none yet. */
  markParsing(batch: ImportBatch, mark: ParsingMark): Promise<Result<null, ImportStoreFailure>>
  /** Drops a file's parsing mark (its parse returned). */
  clearParsing(batchId: string, fingerprint: string): Promise<Result<null, ImportStoreFailure>>
  /** The files of a batch still marked as being parsed. */
  parsingMarks(batchId: string): Promise<readonly ParsingMark[]>
}

/**
 * The import journal: batch records and one entry per committed file. Entries are written by
 * `receivedSubmissionRepository.commit` in the same transaction as the submission they describe,
 * so after any crash a file is in the journal exactly when its submission is stored, and an
 * interrupted batch resumes without storing anything twice (reliability §5.2 IMP-02).
 *
 * @example
 *   const journal = createImportJournalRepository(database)
 *   (await journal.interruptedBatches())[0]?.total // => 300
 */
export function createImportJournalRepository(database: WorkbenchDatabase): ImportJournalRepository {
  const batches = importBatchesTable(database)
  const entries = importJournalTable(database)
  return {
    journal: async (batchId) =>
      (await entries.where('batchId').equals(batchId).toArray()).sort((a, b) => a.index - b.index),
    finishBatch: async (batchId, at) => {
      try {
        await database.transaction('rw', batches, async () => {
          const batch = await batches.get(batchId)
          if (batch !== undefined && batch.finishedAt === null)
            await batches.put({ ...batch, finishedAt: at })
        })
        return ok(null)
      } catch (error) {
        return err(classifyStorageError(error))
      }
    },
    interruptedBatches: async () =>
      (await batches.toArray())
        .filter((batch) => batch.finishedAt === null)
        .map(withoutMarks)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    batches: async () =>
      (await batches.toArray()).map(withoutMarks).sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    markParsing: (batch, mark) =>
      updateMarks(batch.id, batch, (marks) => [
        ...marks.filter((candidate) => candidate.fingerprint !== mark.fingerprint),
        mark,
      ]),
    clearParsing: (batchId, fingerprint) =>
      updateMarks(batchId, null, (marks) => marks.filter((mark) => mark.fingerprint !== fingerprint)),
    parsingMarks: async (batchId) => (await batches.get(batchId))?.parsing ?? [],
  }

  /** Rewrites a batch's marks in one transaction; `fallback` is the record to start when there is none. */
  async function updateMarks(
    batchId: string,
    fallback: ImportBatch | null,
    change: (marks: readonly ParsingMark[]) => readonly ParsingMark[],
  ): Promise<Result<null, ImportStoreFailure>> {
    try {
      await database.transaction('rw', batches, async () => {
        const record: StoredImportBatch | null = (await batches.get(batchId)) ?? fallback
        if (record === null) return
        const before = record.parsing ?? []
        const after = change(before)
        if (after.length === 0 && before.length === 0 && record !== fallback) return
        const rest = withoutMarks(record)
        await batches.put(after.length === 0 ? rest : { ...rest, parsing: after })
      })
      return ok(null)
    } catch (error) {
      return err(classifyStorageError(error))
    }
  }
}

/** The batch of a stored record, without its parsing marks (read them with `parsingMarks`). */
function withoutMarks(record: StoredImportBatch): ImportBatch {
  const { parsing: _marks, ...batch } = record
  return batch
}

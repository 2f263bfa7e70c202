import type { Result } from '@core/result'
import type {
  ImportBatch,
  ImportStoreFailure,
  IncomingSubmission,
  JournalEntry,
  ParsingMark,
} from './importTypes'
import type { ReceivedSubmission } from './receivedSubmission'

/** What a commit did with a file's submission (see `decideImport`). */
export type CommitOutcome =
  | { readonly kind: 'imported'; readonly submissionId: string }
  | { readonly kind: 'duplicate'; readonly submissionId: string }
  | { readonly kind: 'conflict'; readonly submissionId: string; readonly currentId: string }

/** One parsed file to commit, and the batch it belongs to (recorded with its first commit). */
export type CommitRequest = {
  readonly batch: ImportBatch
  readonly index: number
  readonly fileName: string
  readonly fingerprint: string
  readonly submission: IncomingSubmission
  /** The commit time (ISO), from the caller's clock. */
  readonly at: string
}

/** A file already imported (by the SHA-256 of its bytes): the version it brought and where that version stands. */
export type KnownFile = Pick<ReceivedSubmission, 'unitCode' | 'unitName' | 'status' | 'conflictWith'> & {
  readonly submissionId: string
}

/** The framework version and year of a batch (`year: null`: any year). */
export type ImportScope = {
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number | null
}

/** The evaluator's choice in a conflict. */
export type ConflictChoice = 'keep-current' | 'take-incoming'

/** Why a conflict could not be resolved. */
export type ResolveFailure = ImportStoreFailure | { readonly code: 'not-pending'; readonly id: string }

/**
 * Where imports are stored: the Dexie repository in the app (`receivedSubmissionRepository`),
 * an in-memory store in the CLI and tests (`createMemoryImportStore`). Both apply `decideImport`.
 *
 * Contract: `commit` is all or nothing: the submission (when one is stored), the journal entry and
 * the batch record are written together or not at all, and a duplicate writes nothing. Nothing of
 * a rejected file stays written (its parsing mark, when the store keeps marks, is cleared when its
 * parse returns).
 */
export type ImportStore = {
  commit(request: CommitRequest): Promise<Result<CommitOutcome, ImportStoreFailure>>
  /** The files a batch committed, by index. */
  journal(batchId: string): Promise<readonly JournalEntry[]>
  /** Marks a batch as run to the end (a no-op for a batch that committed nothing). */
  finishBatch(batchId: string, at: string): Promise<Result<null, ImportStoreFailure>>
  /** Batches that started committing and never finished: interrupted. */
  interruptedBatches(): Promise<readonly ImportBatch[]>
  get(id: string): Promise<ReceivedSubmission | null>
  /**
   * The files already imported for a framework version and year, by fingerprint: the same bytes
   * again are reported from here without parsing (identical bytes, identical content).
   */
  knownFiles?(scope: ImportScope): Promise<ReadonlyMap<string, KnownFile>>
  /**
   * Records that a file is about to be parsed (its batch recorded too, so a batch that stops before
   * its first commit is still an interrupted batch). Optional: a store without it keeps no marks.
   */
  markParsing?(batch: ImportBatch, mark: ParsingMark): Promise<Result<null, ImportStoreFailure>>
  /** Drops a file's mark once its parse returned (whatever it gave). */
  clearParsing?(batchId: string, fingerprint: string): Promise<Result<null, ImportStoreFailure>>
  /** The files a batch marked and never cleared: their parse never returned. */
  parsingMarks?(batchId: string): Promise<readonly ParsingMark[]>
  /** Applies the evaluator's choice to a pending version (see `planResolution`). */
  resolveConflict(
    pendingId: string,
    choice: ConflictChoice,
    at: string,
  ): Promise<Result<ReceivedSubmission, ResolveFailure>>
}

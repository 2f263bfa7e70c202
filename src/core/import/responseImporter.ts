import type { ImportBatch, ImportStoreFailure, ResponseFileIssue } from './importTypes'

/** A unit's response package met in a batch, to import: the batch and the file's place in it (its journal entry). */
export type ResponseImportRequest = {
  readonly batch: ImportBatch
  readonly index: number
  readonly fileName: string
  /** SHA-256 of the file's bytes, as the journal identifies files. */
  readonly fingerprint: string
  readonly bytes: Uint8Array
}

/**
 * What importing a response in a batch did: stored (`imported`, with its journal entry), the same
 * response imported before (`duplicate`, nothing written), refused with every reason, or not stored
 * (`failed`: disk full…).
 *
 * @example
 *   const done: ResponseImportResult = { kind: 'imported', responseId: '9c1e…', unitCode: 'SNV', unitName: 'Sở Nội vụ', round: 1 }
 */
export type ResponseImportResult =
  | {
      readonly kind: 'imported' | 'duplicate'
      readonly responseId: string
      readonly unitCode: string
      readonly unitName: string
      readonly round: number
    }
  | { readonly kind: 'rejected'; readonly issues: readonly ResponseFileIssue[] }
  | { readonly kind: 'failed'; readonly reason: ImportStoreFailure }

/**
 * Imports one response package for the assessment a batch runs in (the app: the round response
 * repository, which reads, checks, stores and journals it in one transaction). Must not throw.
 */
export type ResponseImporter = (request: ResponseImportRequest) => Promise<ResponseImportResult>

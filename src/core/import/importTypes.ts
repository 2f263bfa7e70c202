import type { QuestionnaireIssue } from '@core/formats/questionnaire/questionnaireIssue'
import type { WorkbookContent } from '@core/formats/questionnaire/normaliseContent'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { RoundFileKind, RoundIssue } from '@core/formats/feedback/roundIssue'

/**
 * Why a file was refused, or could not be parsed safely: the xlsx adapter's issues (container,
 * package, XML, sizes), the questionnaire codec's (sheet, cell, expected, found), and the
 * import's own: the parse took too long, crashed its worker or filled its heap, an earlier run stopped
 * while parsing it, the unit is not in the evaluator's
 * list or imitates a unit of it, the unit code is not valid, the file is not an `.xlsx`.
 *
 * @example
 *   const issue: FileIssue = { code: 'parse-timeout', seconds: 10 }
 */
export type FileIssue =
  | WorkbookReadIssue
  | QuestionnaireIssue
  | { readonly code: 'parse-timeout'; readonly seconds: number }
  | { readonly code: 'parse-crashed'; readonly message: string }
  /** The parse worker reached its heap cap and was stopped. */
  | { readonly code: 'parse-out-of-memory' }
  /** An earlier run stopped while parsing this file (`ictwb import --state`): it is not parsed again. */
  | { readonly code: 'parse-interrupted' }
  | { readonly code: 'unknown-unit'; readonly unitCode: string }
  /** The unit code differs from a known unit's only by case or look-alike (Cyrillic, Greek) letters. */
  | { readonly code: 'unit-code-lookalike'; readonly found: string; readonly known: string }
  /** The unit code is not made of `[A-Za-z0-9._-]` (at most 50 characters). */
  | { readonly code: 'unit-code-invalid'; readonly found: string }
  | { readonly code: 'not-an-xlsx-file'; readonly fileName: string }
  | { readonly code: 'file-unreadable'; readonly message: string }
  /** A submission package (`.zip`) with no questionnaire workbook at its top. */
  | { readonly code: 'package-without-workbook' }
  | { readonly code: 'package-with-several-workbooks'; readonly count: number }
  /** Something in the package other than the workbook and `evidence/<question>/<file>`. */
  | { readonly code: 'package-unexpected-entry'; readonly part: string }
  /** Evidence for a code that is not an evidence question of the framework. */
  | { readonly code: 'evidence-unknown-question'; readonly question: string }
  /** Evidence of a type the question does not accept, or more files than it allows. */
  | {
      readonly code: 'evidence-not-accepted'
      readonly question: string
      readonly fileName: string
      readonly accept: readonly string[]
    }
  | { readonly code: 'evidence-too-many-files'; readonly question: string; readonly maxFiles: number }
  | ResponseFileIssue

/**
 * Why a unit's response package (appraisal round) dropped into the bulk import was refused: the
 * response reader's issues (`RoundIssue`: damaged, edited, another assessment, unit, framework or
 * year…), a response to no package the assessment sent (`round-response-unknown-feedback`), or a
 * batch not run from an assessment (`round-response-needs-assessment`: the evaluator's framework
 * list, the CLI). Texts: the shared `roundIssues`.
 *
 * @example
 *   const issue: ResponseFileIssue = { code: 'round-response-unknown-feedback', unit: 'SNV', round: 2 }
 */
export type ResponseFileIssue = RoundIssue

/** Where a submission came from: the file and the workbook's `_meta`. */
export type SubmissionSource = {
  readonly fileName: string
  /** SHA-256 of the file's bytes. */
  readonly fingerprint: string
  readonly templateVersion: number
  readonly upgradedFrom: number | null
  readonly appVersion: string
  readonly exportedAt: string
  readonly isUnchangedSinceExport: boolean
}

/** The codes of the import's own issues (not the xlsx reader's nor the questionnaire codec's), for the catalogues that describe them. */
export const importOwnIssueCodes = [
  'parse-timeout',
  'parse-crashed',
  'parse-out-of-memory',
  'parse-interrupted',
  'unknown-unit',
  'unit-code-lookalike',
  'unit-code-invalid',
  'not-an-xlsx-file',
  'file-unreadable',
  'package-without-workbook',
  'package-with-several-workbooks',
  'package-unexpected-entry',
  'evidence-unknown-question',
  'evidence-not-accepted',
  'evidence-too-many-files',
] as const satisfies readonly FileIssue['code'][]

/** An evidence file received with a submission (a `.zip` package): its question, name, size and SHA-256, and the bytes to store. */
export type IncomingEvidence = {
  readonly question: string
  readonly fileName: string
  readonly size: number
  readonly sha256: string
  readonly bytes: Uint8Array
}

/**
 * A submission read from a workbook, ready to store: identity, canonical content and its hash,
 * warnings (missing required answers, failed checks) and where it came from.
 *
 * @example
 *   incoming.contentHash // => '9c1e…'
 */
export type IncomingSubmission = {
  readonly unitCode: string
  readonly unitName: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly contentHash: string
  readonly content: WorkbookContent
  readonly warnings: readonly QuestionnaireIssue[]
  readonly source: SubmissionSource
  /** Files received with it (a `.zip` package); absent for a plain workbook. */
  readonly evidence?: readonly IncomingEvidence[]
}

/**
 * What parsing one file gave (in a worker or in-process): a submission, or every issue.
 *
 * @example
 *   parsed.status === 'rejected' && parsed.issues[0]?.code // => 'macros-present'
 */
export type ParsedFile =
  | {
      readonly status: 'parsed'
      readonly fileName: string
      readonly fingerprint: string
      readonly submission: IncomingSubmission
    }
  | {
      readonly status: 'rejected'
      readonly fileName: string
      readonly fingerprint: string
      readonly issues: readonly FileIssue[]
    }
  /**
   * An appraisal-round file (`roundWorkbookKind` / `roundPackageKind`), not a questionnaire: the batch
   * hands it, with its bytes, to the response import (`RunImportOptions.responses`).
   */
  | {
      readonly status: 'round-file'
      readonly fileName: string
      readonly fingerprint: string
      readonly kind: RoundFileKind
      readonly bytes: Uint8Array
    }

/** Identity of a submission regardless of content: one current version per key. */
export type ReceivedKey = {
  readonly unitCode: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
}

/**
 * The outcome of one file of a batch, as shown in the outcome table:
 * - `imported`: stored as the unit's current submission;
 * - `duplicate`: this exact content is already stored ("already imported"), nothing changed;
 * - `conflict`: the unit already has another version; this one is kept aside, nothing is
 *   overwritten until the evaluator chooses (`currentId` is the version in force);
 * - `rejected`: the file was refused, with every reason;
 * - `failed`: the file was fine but storing it failed (disk full…); nothing of it was stored.
 * An `imported` or `duplicate` outcome with `response` is a unit's response package (appraisal
 * round `response.round`; `submissionId` is then the response's id, its content hash).
 * `resumed` marks outcomes taken from the journal of an interrupted batch.
 *
 * @example
 *   const outcome: FileOutcome = { kind: 'duplicate', index: 3, fileName: 'SNV.xlsx', unitCode: 'SNV', unitName: 'Sở Nội vụ', submissionId: 'SNV|…' }
 */
export type FileOutcome =
  | ({
      readonly kind: 'imported'
      readonly submissionId: string
      readonly warnings: readonly QuestionnaireIssue[]
      readonly response?: OutcomeResponse
    } & OutcomeUnit)
  | ({
      readonly kind: 'duplicate'
      readonly submissionId: string
      readonly response?: OutcomeResponse
    } & OutcomeUnit)
  | ({ readonly kind: 'conflict'; readonly submissionId: string; readonly currentId: string } & OutcomeUnit)
  | ({ readonly kind: 'rejected'; readonly issues: readonly FileIssue[] } & OutcomeFile)
  | ({ readonly kind: 'failed'; readonly reason: ImportStoreFailure } & OutcomeFile)

/** The round a response package answered. */
export type OutcomeResponse = { readonly round: number }

type OutcomeFile = { readonly index: number; readonly fileName: string; readonly resumed?: boolean }
type OutcomeUnit = OutcomeFile & { readonly unitCode: string; readonly unitName: string }

/** The kinds of outcome. @example const kind: FileOutcomeKind = 'conflict' */
export type FileOutcomeKind = FileOutcome['kind']

/**
 * Why the store did not commit: `quota` (disk or quota full), `aborted`, `closed` or `unknown`;
 * nothing of the file was stored.
 *
 * @example
 *   const failure: ImportStoreFailure = { code: 'quota', message: 'QuotaExceededError' }
 */
export type ImportStoreFailure = {
  readonly code: 'quota' | 'aborted' | 'closed' | 'corrupted' | 'unknown'
  readonly message: string
}

/**
 * An import batch as the journal keeps it: which framework and year, when, how many files were
 * chosen, and whether it ran to the end. A batch that is still `running` when the app starts was
 * interrupted.
 *
 * @example
 *   const batch: ImportBatch = { id: 'b-1', frameworkId: 'dti-points', frameworkVersion: '2026.1', year: 2026, startedAt: '…', finishedAt: null, total: 300 }
 */
export type ImportBatch = {
  readonly id: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number | null
  readonly startedAt: string
  readonly finishedAt: string | null
  readonly total: number
}

/**
 * A file a batch handed to a parse worker and has no outcome for yet. Written (with the batch
 * record) before the worker gets the file and dropped when its parse returns, so a batch that
 * stops meanwhile (the window closed or crashed, a worker took the page down) leaves the file
 * marked, and its resumption reports it as `parse-interrupted` instead of parsing it again.
 *
 * @example
 *   const mark: ParsingMark = { fingerprint: '9c1e…', fileName: 'SNV.xlsx', index: 4, at: '2026-03-01T08:00:00.000Z' }
 */
export type ParsingMark = {
  /** SHA-256 of the file's bytes, as the journal identifies files. */
  readonly fingerprint: string
  readonly fileName: string
  readonly index: number
  readonly at: string
}

/**
 * One file committed by a batch, written in the same transaction as the submission it stored,
 * so after a crash the journal lists exactly the files whose submissions exist.
 *
 * @example
 *   const entry: JournalEntry = { batchId: 'b-1', index: 4, fileName: 'SNV.xlsx', fingerprint: '…', outcome: 'imported', submissionId: '…', currentId: null, unitCode: 'SNV', unitName: 'Sở Nội vụ', at: '…' }
 */
export type JournalEntry = {
  readonly batchId: string
  readonly index: number
  readonly fileName: string
  readonly fingerprint: string
  readonly outcome: 'imported' | 'conflict'
  readonly submissionId: string
  readonly currentId: string | null
  readonly unitCode: string
  readonly unitName: string
  readonly at: string
  /** Present when the file was a unit's response package (`submissionId`: the response's id): its round. */
  readonly round?: number
}

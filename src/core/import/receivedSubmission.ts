import type { WorkbookContent } from '@core/formats/questionnaire/normaliseContent'
import type { QuestionnaireIssue } from '@core/formats/questionnaire/questionnaireIssue'
import type { IncomingSubmission, ReceivedKey, SubmissionSource } from './importTypes'

/**
 * Where a received version stands:
 * - `current`: the version in force for its unit, framework version and year (at most one);
 * - `pending`: another version received later, waiting for the evaluator's choice (a conflict);
 * - `superseded`: was current until the evaluator chose a later version;
 * - `discarded`: a pending version the evaluator chose not to take.
 *
 * @example
 *   const status: ReceivedStatus = 'pending'
 */
export type ReceivedStatus = 'current' | 'pending' | 'superseded' | 'discarded'

/**
 * A submission an evaluator imported from a unit's workbook (as opposed to the drafts unit mode
 * keeps in `submissions`). Every version received is kept, identified by its content hash, so
 * importing the same content again changes nothing and a choice between versions can be undone.
 *
 * @example
 *   received.status === 'current' && received.content.answers['MayTinh'] // => 120
 */
export type ReceivedSubmission = ReceivedKey & {
  readonly id: string
  readonly unitName: string
  readonly contentHash: string
  readonly content: WorkbookContent
  readonly warnings: readonly QuestionnaireIssue[]
  readonly source: SubmissionSource
  readonly batchId: string
  readonly status: ReceivedStatus
  readonly importedAt: string
  /** For a `pending` version: the current version it conflicts with. */
  readonly conflictWith: string | null
  /** When the evaluator chose (for `superseded`, `discarded`, and a `current` that was pending). */
  readonly decidedAt: string | null
}

/**
 * The id of a received version: readable and unique per unit, framework version, year and content.
 *
 * @example
 *   receivedSubmissionId({ unitCode: 'SNV', frameworkId: 'dti-points', frameworkVersion: '2026.1', year: 2026 }, 'ab12…')
 *   // => 'SNV|dti-points|2026.1|2026|ab12…'
 */
export function receivedSubmissionId(key: ReceivedKey, contentHash: string): string {
  return `${key.unitCode}|${key.frameworkId}|${key.frameworkVersion}|${key.year}|${contentHash}`
}

/**
 * A received version built from a parsed file.
 *
 * @example
 *   toReceivedSubmission(incoming, { batchId: 'b-1', status: 'current', conflictWith: null, importedAt: '…' })
 */
export function toReceivedSubmission(
  incoming: IncomingSubmission,
  placement: {
    readonly batchId: string
    readonly status: ReceivedStatus
    readonly conflictWith: string | null
    readonly importedAt: string
  },
): ReceivedSubmission {
  const { unitCode, unitName, frameworkId, frameworkVersion, year, contentHash, content, warnings, source } =
    incoming
  return {
    id: receivedSubmissionId(incoming, contentHash),
    unitCode,
    unitName,
    frameworkId,
    frameworkVersion,
    year,
    contentHash,
    content,
    warnings,
    source,
    ...placement,
    decidedAt: null,
  }
}

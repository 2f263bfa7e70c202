import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'

/** The two files of the appraisal round (giải trình). */
export type RoundFileKind = 'feedback' | 'response'

/**
 * A problem found in a feedback or response package, translated through the `roundIssues`
 * section of `src/shared/messages/{vi,en}/issues.json` (the workbook and zip reader's own issues
 * are in `fileIssues`). Every problem of a file is collected; a file with any is refused whole.
 *
 * @example
 *   const issue: RoundIssue = { code: 'round-hash-mismatch', kind: 'feedback' }
 */
export type RoundIssue =
  | WorkbookReadIssue
  | { readonly code: 'round-unit-code-invalid'; readonly found: string }
  | { readonly code: 'round-unit-code-lookalike'; readonly found: string; readonly known: string }
  /** Expected a feedback package; this is not one (`found`: a response package, or no round file at all). */
  | { readonly code: 'round-not-feedback'; readonly found: 'response' | 'other' }
  /** Expected a response package; this is not one. */
  | { readonly code: 'round-not-response'; readonly found: 'feedback' | 'other' }
  | { readonly code: 'round-newer-format'; readonly found: number; readonly newest: number }
  | { readonly code: 'round-damaged-manifest'; readonly field: string }
  | { readonly code: 'round-hash-mismatch'; readonly kind: RoundFileKind }
  | { readonly code: 'round-edited-cell'; readonly sheet: string; readonly cell: string }
  | { readonly code: 'round-missing-sheet'; readonly sheet: string }
  | { readonly code: 'round-unexpected-sheet'; readonly sheet: string }
  | { readonly code: 'round-formula-cell'; readonly sheet: string; readonly cell: string }
  | { readonly code: 'round-package-without-workbook'; readonly expected: string }
  | { readonly code: 'round-package-unexpected-entry'; readonly part: string }
  | { readonly code: 'round-unit-mismatch'; readonly expected: string; readonly found: string }
  | { readonly code: 'round-unknown-unit'; readonly unitCode: string }
  | { readonly code: 'round-framework-mismatch'; readonly expected: string; readonly found: string }
  | { readonly code: 'round-year-mismatch'; readonly expected: number; readonly found: number }
  | { readonly code: 'round-assessment-mismatch' }
  | { readonly code: 'round-explanation-required'; readonly question: string }
  | { readonly code: 'round-evidence-missing'; readonly question: string; readonly fileName: string }
  | { readonly code: 'round-evidence-unlisted'; readonly part: string }
  | {
      readonly code: 'round-evidence-not-accepted'
      readonly question: string
      readonly fileName: string
      readonly accept: string
    }
  | { readonly code: 'round-evidence-too-many'; readonly question: string; readonly maxFiles: number }
  | { readonly code: 'round-attachment-missing'; readonly fileName: string }
  | { readonly code: 'round-attachment-unlisted'; readonly part: string }
  /** The response answers no feedback package the assessment sent the unit (another round, re-issued…). */
  | { readonly code: 'round-response-unknown-feedback'; readonly unit: string; readonly round: number }
  /** A response met where no assessment is open to receive it (the bulk import outside an assessment, the CLI). */
  | { readonly code: 'round-response-needs-assessment' }

/** Every `round-…` code, for the test that each has a Vietnamese and an English text. */
export const ROUND_ISSUE_CODES = [
  'round-not-feedback',
  'round-not-response',
  'round-newer-format',
  'round-damaged-manifest',
  'round-hash-mismatch',
  'round-edited-cell',
  'round-missing-sheet',
  'round-unexpected-sheet',
  'round-formula-cell',
  'round-package-without-workbook',
  'round-package-unexpected-entry',
  'round-unit-code-invalid',
  'round-unit-code-lookalike',
  'round-unit-mismatch',
  'round-unknown-unit',
  'round-framework-mismatch',
  'round-year-mismatch',
  'round-assessment-mismatch',
  'round-explanation-required',
  'round-evidence-missing',
  'round-evidence-unlisted',
  'round-evidence-not-accepted',
  'round-evidence-too-many',
  'round-attachment-missing',
  'round-attachment-unlisted',
  'round-response-unknown-feedback',
  'round-response-needs-assessment',
] as const satisfies readonly Extract<RoundIssue, { code: `round-${string}` }>['code'][]

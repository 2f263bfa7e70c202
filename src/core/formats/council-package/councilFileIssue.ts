import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { UnitCodeProblem } from '@core/assessment/unitCode'

/**
 * A problem found in a council file (a member's work package or appraisal package, decision
 * 0025); the readers collect every one. Texts: `councilIssues` in the shared issues JSON. The
 * guarded zip reader's own issues (too large, bomb, bad names…) come through as they are.
 *
 * @example
 *   const issue: CouncilFileIssue = { code: 'council-file-part-damaged', part: 'units.json' }
 */
export type CouncilFileIssue =
  | WorkbookReadIssue
  | UnitCodeProblem
  /** No manifest of the kind expected at the top of the zip: not this kind of file. */
  | { readonly code: 'council-file-no-manifest'; readonly manifest: string }
  | { readonly code: 'council-file-manifest-invalid'; readonly detail: string }
  | { readonly code: 'council-file-newer-format'; readonly found: number; readonly newest: number }
  /** The manifest's content hash is not the hash of the manifest: edited after it was written. */
  | { readonly code: 'council-file-hash-mismatch' }
  | { readonly code: 'council-file-part-damaged'; readonly part: string }
  | { readonly code: 'council-file-part-missing'; readonly part: string }
  | { readonly code: 'council-file-unexpected-entry'; readonly part: string }
  | { readonly code: 'council-file-content-invalid'; readonly part: string; readonly detail: string }
  | { readonly code: 'council-file-framework-invalid'; readonly detail: string }
  | { readonly code: 'council-file-unit-out-of-scope'; readonly unit: string }
  | { readonly code: 'council-file-item-out-of-scope'; readonly unit: string; readonly question: string }

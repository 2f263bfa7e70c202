import type { LineageProblem } from '@core/comparison/unitLineage'
import type { CsvIssue } from '@core/excel/csv/parseCsv'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'

/**
 * Why a lineage file was refused: the file itself (not UTF-8, unreadable, wrong type), a missing
 * column, or the lineage's own problems (`LineageProblem`, each on its row). Every problem is
 * reported at once.
 *
 * @example
 *   const issue: LineageFileIssue = { code: 'lineage-missing-column', column: 'effective_date' }
 */
export type LineageFileIssue =
  | LineageProblem
  | { readonly code: 'unreadable-workbook'; readonly issues: readonly WorkbookReadIssue[] }
  | { readonly code: 'unreadable-csv'; readonly issues: readonly CsvIssue[] }
  | { readonly code: 'not-utf8' }
  | { readonly code: 'unsupported-file-type'; readonly fileName: string }
  | { readonly code: 'lineage-missing-column'; readonly column: string }
  | { readonly code: 'lineage-empty' }

/**
 * The codes of the lineage's own problems and of the file's (the others are the workbook and CSV
 * readers' and the results import's): each has a message in `issues.json`'s `lineageIssues`.
 *
 * @example
 *   LINEAGE_ISSUE_CODES.includes('lineage-cycle') // => true
 */
export const LINEAGE_ISSUE_CODES = [
  'lineage-bad-kind',
  'lineage-bad-date',
  'lineage-bad-weight',
  'lineage-missing-code',
  'lineage-unknown-code',
  'lineage-cycle',
  'lineage-merged-twice',
  'lineage-date-order',
  'lineage-duplicate-row',
  'lineage-missing-column',
  'lineage-empty',
] as const satisfies readonly Extract<LineageFileIssue['code'], `lineage-${string}`>[]

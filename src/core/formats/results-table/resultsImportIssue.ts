import type { CsvIssue } from '@core/excel/csv/parseCsv'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'

/**
 * Why an imported results file (an earlier year's results report or a plain table) was not
 * taken; every problem is reported, with the sheet and row (1-based) where it is.
 *
 * @example
 *   const issue: ResultsImportIssue = { code: 'invalid-number', sheet: 'Tổng hợp', row: 7, column: 'HTKT', found: 'n/a' }
 */
export type ResultsImportIssue =
  | { readonly code: 'unreadable-workbook'; readonly issues: readonly WorkbookReadIssue[] }
  | { readonly code: 'unreadable-csv'; readonly issues: readonly CsvIssue[] }
  /** A CSV that is not UTF-8 (saved in a Windows code page): save it again as "CSV UTF-8". */
  | { readonly code: 'not-utf8' }
  | { readonly code: 'unsupported-file-type'; readonly fileName: string }
  /** No row names a unit-code column and at least one score column. */
  | { readonly code: 'no-results-table' }
  | { readonly code: 'no-units'; readonly sheet: string }
  /** Neither the file nor the caller says which year the results are of. */
  | { readonly code: 'year-unknown' }
  | { readonly code: 'duplicate-unit'; readonly sheet: string; readonly row: number; readonly unit: string }
  | {
      readonly code: 'invalid-number'
      readonly sheet: string
      readonly row: number
      readonly column: string
      readonly found: string
    }

import type { TFunction } from 'i18next'
import type { ResultsImportIssue } from '@core/formats/results-table/resultsImportIssue'

/** One import problem in words, with the sheet, row and column when known. */
export function describeImportIssue(issue: ResultsImportIssue, t: TFunction): string {
  switch (issue.code) {
    case 'unreadable-workbook':
      return t('manager.import.issues.unreadable-workbook', {
        detail: issue.issues.map((item) => item.code).join(', '),
      })
    case 'unreadable-csv':
      return t('manager.import.issues.unreadable-csv', {
        detail: issue.issues.map((item) => `${item.code} (${item.line})`).join(', '),
      })
    case 'no-units':
      return t('manager.import.issues.no-units', { sheet: issue.sheet })
    case 'duplicate-unit':
      return t('manager.import.issues.duplicate-unit', {
        sheet: issue.sheet,
        row: issue.row,
        unit: issue.unit,
      })
    case 'invalid-number':
      return t('manager.import.issues.invalid-number', {
        sheet: issue.sheet,
        row: issue.row,
        column: issue.column,
        found: issue.found,
      })
    default:
      return t(`manager.import.issues.${issue.code}`)
  }
}

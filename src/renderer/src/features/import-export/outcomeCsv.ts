import type { TFunction } from 'i18next'
import { csvStyleOptions, DEFAULT_CSV_STYLE } from '@core/excel/csv/csvStyleOptions'
import { writeCsv } from '@core/excel/csv/writeCsv'
import type { FileIssue, FileOutcome } from '@core/import/importTypes'
import type { Language } from '../../i18n/languages'
import { describeImportIssue } from './describeImportIssue'

/**
 * The outcome table as CSV for Vietnamese Excel (UTF-8 with BOM, `;` between fields, so a double
 * click opens it in columns with Vietnamese text intact): one row per
 * problem of each file (a file without problems has one row), in file order, with the sheet and
 * cell of each problem. Text is guarded against formula injection by `writeCsv`.
 *
 * @example
 *   platform.saveFile({ suggestedName: 'ket-qua-nhap.csv', bytes: new TextEncoder().encode(outcomeCsv(t, outcomes, 'vi')) })
 */
export function outcomeCsv(t: TFunction, outcomes: readonly FileOutcome[], language: Language): string {
  const header = ['index', 'file', 'outcome', 'unitCode', 'unitName', 'code', 'sheet', 'cell', 'message'].map(
    (column) => t(`importExport.csv.${column}` as never) as string,
  )
  const rows: string[][] = [header]
  for (const outcome of outcomes) {
    const unit = 'unitCode' in outcome ? [outcome.unitCode, outcome.unitName] : ['', '']
    const start = [
      String(outcome.index + 1),
      outcome.fileName,
      t(`importExport.outcome.${outcome.kind}`),
      ...unit,
    ]
    const issues: readonly FileIssue[] =
      outcome.kind === 'rejected' ? outcome.issues : outcome.kind === 'imported' ? outcome.warnings : []
    if (issues.length === 0)
      rows.push([
        ...start,
        '',
        '',
        '',
        outcome.kind === 'failed'
          ? t('importExport.outcome.storageFailed', { code: outcome.reason.code })
          : (outcome.kind === 'imported' || outcome.kind === 'duplicate') && outcome.response !== undefined
            ? t('importExport.outcome.response', { round: outcome.response.round })
            : '',
      ])
    for (const issue of issues) {
      const sheet = 'sheet' in issue && typeof issue.sheet === 'string' ? issue.sheet : ''
      const cell = 'cell' in issue && typeof issue.cell === 'string' ? issue.cell : ''
      rows.push([...start, issue.code, sheet, cell, describeImportIssue(t, issue, language)])
    }
  }
  return writeCsv(rows, csvStyleOptions(DEFAULT_CSV_STYLE))
}

import { rankingComponentCodes, rankingRows } from '@core/assessment/rankingRows'
import { csvStyleOptions, DEFAULT_CSV_STYLE, type CsvStyle } from '@core/excel/csv/csvStyleOptions'
import { writeCsv, type CsvField } from '@core/excel/csv/writeCsv'
import type { Framework } from '@core/framework/framework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { REPORT_LABELS } from './reportLabels'

/**
 * The ranking as CSV (RFC 4180, UTF-8 with a BOM so Excel reads Vietnamese, full-precision
 * numbers): Hạng, Mã, Đơn vị, Nhóm, the composite and each component, and the band code. By
 * default in the `vi-excel` style (`;` and a decimal comma, so Excel with Vietnamese regional
 * settings opens it in columns); `machine` writes `,` and a decimal point. Text goes through the
 * CSV injection guard. `readResultsFile` reads both styles back.
 *
 * @example
 *   rankingCsv(framework, result).split('\r\n')[0] // => '\uFEFFHạng;Mã;Đơn vị;Nhóm;ICT;HTKT;…'
 *   rankingCsv(framework, result, 'machine').split('\r\n')[0] // => '\uFEFFHạng,Mã,Đơn vị,Nhóm,ICT,HTKT,…'
 */
export function rankingCsv(
  framework: Pick<Framework, 'components'>,
  result: AssessmentResult,
  style: CsvStyle = DEFAULT_CSV_STYLE,
): string {
  const codes = rankingComponentCodes(framework)
  const rows: CsvField[][] = [
    [
      REPORT_LABELS.rank,
      REPORT_LABELS.code,
      REPORT_LABELS.unit,
      REPORT_LABELS.group,
      result.rootCode,
      ...codes,
      REPORT_LABELS.band,
    ],
    ...rankingRows(result, codes).map((row): CsvField[] => [
      row.rank,
      row.code,
      row.name,
      row.group,
      row.composite,
      ...row.components,
      row.band,
    ]),
  ]
  return writeCsv(rows, csvStyleOptions(style))
}

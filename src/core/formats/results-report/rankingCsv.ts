import { rankingComponentCodes, rankingRows } from '@core/assessment/rankingRows'
import { writeCsv, type CsvField } from '@core/excel/csv/writeCsv'
import type { Framework } from '@core/framework/framework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { REPORT_LABELS } from './reportLabels'

/**
 * The ranking as CSV (RFC 4180, comma-separated, numbers with a decimal point and full precision,
 * UTF-8 with a BOM so Excel reads Vietnamese): Hạng, Mã, Đơn vị, Nhóm, the composite and each
 * component, and the band code. Text goes through the CSV injection guard.
 *
 * @example
 *   rankingCsv(framework, result).split('\r\n')[0] // => '\uFEFFHạng,Mã,Đơn vị,Nhóm,ICT,HTKT,…'
 */
export function rankingCsv(framework: Pick<Framework, 'components'>, result: AssessmentResult): string {
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
  return writeCsv(rows, { bom: true })
}

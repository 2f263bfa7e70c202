import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { answerSheets } from './answerSheets'
import { chartsSheet } from './chartsSheet'
import { componentSheets } from './componentSheets'
import { indicatorSheets } from './indicatorSheets'
import { methodSheet } from './methodSheet'
import type { ResultsReportInput } from './resultsReportInput'
import { summarySheet } from './summarySheet'
import { yearChangeSheet } from './yearChangeSheet'

/**
 * The results report (báo cáo kết quả) as a neutral workbook spec: Tổng hợp, one sheet per
 * component, raw answers and appraisals, indicator values before and after normalisation, the
 * change against last year when there is one, the charts passed in (as pictures), and Phương pháp. Pure: every number comes from the
 * engine's result; cells keep full precision and only the display format rounds.
 *
 * @example
 *   const spec = buildResultsReportSpec(input)
 *   spec.sheets.map((sheet) => sheet.name) // => ['Tổng hợp', 'HTKT', …, 'Phương pháp']
 */
export function buildResultsReportSpec(input: ResultsReportInput): WorkbookSpec {
  const change = yearChangeSheet(input)
  const charts = chartsSheet(input)
  return {
    sheets: [
      summarySheet(input),
      ...componentSheets(input),
      ...answerSheets(input),
      ...indicatorSheets(input),
      ...(change === null ? [] : [change]),
      ...(charts === null ? [] : [charts]),
      methodSheet(input),
    ],
    properties: { creator: `ICT Index Workbench ${input.appVersion}`, created: input.generatedAt },
  }
}

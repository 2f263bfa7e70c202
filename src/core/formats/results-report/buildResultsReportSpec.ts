import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { answerSheets } from './answerSheets'
import { chartsSheet } from './chartsSheet'
import { canonicalJson } from '@core/canonicalJson'
import { componentSheets } from './componentSheets'
import { manifestSheet } from './manifestSheet'
import { indicatorSheets } from './indicatorSheets'
import { methodSheet } from './methodSheet'
import { withPrintLayout } from './printLayout'
import { REPORT_LABELS } from './reportLabels'
import { vi } from './reportCells'
import { buildResultsManifest, manifestDigests } from './resultsManifest'
import type { ResultsReportInput } from './resultsReportInput'
import { summarySheet } from './summarySheet'
import { yearChangeSheet } from './yearChangeSheet'

/** The longest framework name the page header shows (Excel allows 255 characters in a header). */
const MAX_HEADER_NAME = 150

/**
 * The results report (báo cáo kết quả) as a neutral workbook spec: Tổng hợp, one sheet per
 * component, raw answers and appraisals, indicator values before and after normalisation, the
 * change against last year when there is one, the charts passed in (as pictures), and Phương pháp. Pure: every number comes from the
 * engine's result; cells keep full precision and only the display format rounds. Every sheet prints on A4
 * (`withPrintLayout`). Last comes the very hidden manifest sheet (`manifestSheet`): what the
 * numbers follow from, so that `verifyResultsReport` can recompute them.
 *
 * @example
 *   const spec = buildResultsReportSpec(input)
 *   spec.sheets.map((sheet) => sheet.name) // => ['Tổng hợp', 'HTKT', …, 'Phương pháp']
 */
export function buildResultsReportSpec(input: ResultsReportInput): WorkbookSpec {
  const change = yearChangeSheet(input)
  const charts = chartsSheet(input)
  const name = vi(input.framework.name)
  const texts = {
    header: REPORT_LABELS.pageHeader(
      [...name].length > MAX_HEADER_NAME ? `${[...name].slice(0, MAX_HEADER_NAME - 1).join('')}…` : name,
      input.year,
    ),
    footer: { center: REPORT_LABELS.pageFooter },
  }
  const sheets = [
    summarySheet(input),
    ...componentSheets(input),
    ...answerSheets(input),
    ...indicatorSheets(input),
    ...(change === null ? [] : [change]),
    ...(charts === null ? [] : [charts]),
    methodSheet(input),
  ]
  const manifest = buildResultsManifest(input)
  return {
    sheets: [
      ...sheets.map((sheet) => withPrintLayout(sheet, texts)),
      manifestSheet(canonicalJson(manifest), manifestDigests(manifest, input.result)),
    ],
    properties: { creator: `ICT Index Workbench ${input.appVersion}`, created: input.generatedAt },
  }
}

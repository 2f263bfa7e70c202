import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { REPORT_LABELS } from './reportLabels'
import { note, title } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

/** Rows a chart's title and picture take: Excel's default row is 20 px high. */
const ROW_PIXELS = 20

/**
 * "Biểu đồ": the charts drawn in the renderer, one under the other, each with its title; `null`
 * when no chart was passed (the CLI writes the report without charts).
 *
 * @example
 *   chartsSheet({ ...input, charts: [{ title: 'Chỉ số', png, width: 900, height: 480 }] })?.images?.length // => 1
 */
export function chartsSheet(input: ResultsReportInput): SheetSpec | null {
  const charts = input.charts ?? []
  if (charts.length === 0) return null
  const rows: SpecCell[][] = [[title(REPORT_LABELS.sheets.charts)], [note(REPORT_LABELS.chartsNote)]]
  const images: NonNullable<SheetSpec['images']>[number][] = []
  for (const chart of charts) {
    rows.push([], [{ value: chart.title, style: { bold: true } }])
    images.push({ png: chart.png, row: rows.length, column: 0, width: chart.width, height: chart.height })
    for (let filler = 0; filler < Math.ceil(chart.height / ROW_PIXELS); filler += 1) rows.push([])
  }
  return { name: REPORT_LABELS.sheets.charts, rows, images }
}

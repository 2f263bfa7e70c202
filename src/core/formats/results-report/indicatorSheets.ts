import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { REPORT_LABELS } from './reportLabels'
import { header, IMPUTED_FILL, note, numberCell, scoreCell, tableRange, vi } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

const HEADER_ROW = 3

/**
 * Two sheets of indicator values per unit: before normalisation ("Chỉ tiêu - giá trị", the value
 * after denominator and imputation, imputed cells highlighted) and after ("Chỉ tiêu - chuẩn hoá").
 * Units in the order of the composite ranking.
 *
 * @example
 *   indicatorSheets(input).map((sheet) => sheet.name) // => ['Chỉ tiêu - giá trị', 'Chỉ tiêu - chuẩn hoá']
 */
export function indicatorSheets(input: ResultsReportInput): SheetSpec[] {
  const { framework, result } = input
  const root = result.components[result.rootCode]
  const order = result.units
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (root?.rank[a] ?? Infinity) - (root?.rank[b] ?? Infinity) ||
        (result.units[a]?.code ?? '').localeCompare(result.units[b]?.code ?? ''),
    )
  const indicators = framework.indicators.filter(
    (indicator) => result.indicators[indicator.code] !== undefined,
  )
  const headings = [
    REPORT_LABELS.code,
    REPORT_LABELS.unit,
    ...indicators.map((indicator) => `${vi(indicator.name)} (${indicator.code})`),
  ]
  const sheet = (name: string, text: string, cell: (code: string, index: number) => SpecCell): SheetSpec => {
    const rows = order.map((index): SpecCell[] => [
      result.units[index]?.code ?? '',
      result.units[index]?.name ?? '',
      ...indicators.map((indicator) => cell(indicator.code, index)),
    ])
    return {
      name,
      columns: [
        { width: 14 },
        { width: 40, style: { wrap: true } },
        ...indicators.map(() => ({ width: 18 })),
      ],
      rows: [[note(text)], [], headings.map(header), ...rows],
      freeze: { rows: HEADER_ROW, columns: 2 },
      autoFilter: tableRange(HEADER_ROW, headings.length, rows.length),
    }
  }
  const fillOf = (code: string, index: number) =>
    result.indicators[code]?.imputed[index] ? IMPUTED_FILL : undefined
  return [
    sheet(REPORT_LABELS.sheets.indicatorValues, REPORT_LABELS.indicatorValuesNote, (code, index) =>
      numberCell(result.indicators[code]?.value[index], fillOf(code, index)),
    ),
    sheet(REPORT_LABELS.sheets.indicatorScores, REPORT_LABELS.indicatorScoresNote, (code, index) =>
      scoreCell(result.indicators[code]?.score[index], result.decimals, fillOf(code, index)),
    ),
  ]
}

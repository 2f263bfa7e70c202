import type { WorkbookSpec } from '@core/excel/workbookSpec'
import type { ComparisonWorkbookInput } from './comparisonWorkbookInput'
import { chartsSheet, distributionSheet, groupsSheet, matrixSheet } from './summarySheets'
import { unitSheet } from './unitSheet'
import { overviewSheet, rankChangeSheet, yearsSheet } from './yearsSheets'

/**
 * The comparison workbook as a neutral spec: Tổng quan (years, sources, comparability), Các năm,
 * Thay đổi hạng, Phân bố, Theo nhóm, Thành phần <năm>, Đơn vị <mã> (when a unit is chosen) and
 * Biểu đồ (the charts as pictures). Pure: every number comes from the stored results; cells keep
 * full precision. `null` when either compared year is not in the series.
 *
 * @example
 *   buildComparisonWorkbookSpec(input)?.sheets.map((sheet) => sheet.name) // => ['Tổng quan', 'Các năm', …]
 */
export function buildComparisonWorkbookSpec(input: ComparisonWorkbookInput): WorkbookSpec | null {
  const years = input.series.years
  const earlier = years.find((year) => year.year === input.earlierYear)
  const later = years.find((year) => year.year === input.laterYear)
  if (earlier === undefined || later === undefined) return null
  const unit = input.unitCode === null ? null : unitSheet(years, earlier, later, input.unitCode)
  const charts = chartsSheet(input.charts)
  return {
    sheets: [
      overviewSheet(input, earlier, later),
      yearsSheet(input),
      rankChangeSheet(earlier, later),
      distributionSheet(years),
      groupsSheet(years),
      matrixSheet(later),
      ...(unit === null ? [] : [unit]),
      ...(charts === null ? [] : [charts]),
    ],
    properties: { creator: `ICT Index Workbench ${input.appVersion}`, created: input.generatedAt },
  }
}

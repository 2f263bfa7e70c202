import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { header, note, scoreCell, tableRange, title } from '@core/formats/results-report/reportCells'

export { header, note, scoreCell, title }

/** The decimals scores are shown with in the comparison workbook (the results' own decimals, default 4). */
export const COMPARISON_DECIMALS = 4

/**
 * A sheet holding one table under a title and notes: frozen header, filter on the table.
 *
 * @example
 *   tableSheet('Phân bố', ['Phân bố…'], ['Năm', 'Trung vị'], [[2025, 0.61]], [{ width: 8 }])
 */
export function tableSheet(
  name: string,
  heading: readonly SpecCell[][],
  columns: readonly string[],
  rows: readonly SpecCell[][],
  widths: readonly number[],
  freezeColumns = 0,
): SheetSpec {
  const headerRow = heading.length + 1
  return {
    name,
    columns: columns.map((_, index) => ({
      width: widths[index] ?? 14,
      ...(index === 1 ? { style: { wrap: true } } : {}),
    })),
    rows: [...heading, columns.map(header), ...rows],
    freeze: { rows: headerRow, columns: freezeColumns },
    autoFilter: tableRange(headerRow, columns.length, rows.length),
  }
}

import { formatCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import { describeCellValue, isBlankCell } from './authoringCellValue'
import {
  isIgnoredAuthoringHeading,
  normaliseAuthoringKey,
  type AuthoringSheetLayout,
} from './authoringLayout'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'

/** How many rows from the top are searched for the heading row (the Vietnamese headings sit above it). */
const HEADER_SEARCH_ROWS = 10

/**
 * Reads a table sheet: finds the heading row (the first of the top rows with the layout's key
 * column), matches headings to columns by name in any order (`normaliseAuthoringKey`), and returns
 * one field source per non-blank row below it. Unknown, duplicate and missing required columns are
 * reported; note columns (`note…`, `ghi chú…`, `#…`) and columns without a heading are ignored.
 *
 * @example
 *   const rows = readAuthoringTable(sheet, bandsLayout, context) // one AuthoringFieldSource per band row
 */
export function readAuthoringTable(
  sheet: Sheet,
  layout: AuthoringSheetLayout,
  context: AuthoringReadContext,
): readonly AuthoringFieldSource[] {
  const keyColumn = normaliseAuthoringKey(layout.keyColumn)
  const headerIndex = sheet.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) =>
      row.some((cell) => typeof cell === 'string' && normaliseAuthoringKey(cell) === keyColumn),
    )
  if (headerIndex < 0) {
    context.issues.push({
      code: 'authoring-missing-column',
      sheet: sheet.name,
      cell: 'A1',
      expected: layout.keyColumn,
    })
    return []
  }
  const header = sheet.rows[headerIndex] ?? []
  const columnIndex = matchHeadings(sheet.name, header, headerIndex + 1, layout, context)
  const listColumn = layout.list === undefined ? undefined : columnIndex.get(layout.list.column)
  if (layout.list !== undefined && listColumn !== undefined && !context.sources.has(layout.list.path)) {
    context.sources.set(layout.list.path, {
      sheet: sheet.name,
      cell: formatCellAddress({ row: headerIndex + 1, column: listColumn + 1 }),
    })
  }
  const missingColumns = new Set<string>()
  for (const column of layout.columns) {
    if (column.isRequired === true && !columnIndex.has(column.key)) {
      missingColumns.add(column.key)
      context.issues.push({
        code: 'authoring-missing-column',
        sheet: sheet.name,
        cell: formatCellAddress({ row: headerIndex + 1, column: 1 }),
        expected: column.key,
      })
    }
  }
  const sources: AuthoringFieldSource[] = []
  sheet.rows.forEach((row, index) => {
    if (index <= headerIndex || [...columnIndex.values()].every((column) => isBlankCell(row[column]))) return
    sources.push(tableRowSource(sheet.name, row, index + 1, columnIndex, missingColumns, headerIndex + 1))
  })
  return sources
}

function matchHeadings(
  sheetName: string,
  header: readonly CellValue[],
  rowNumber: number,
  layout: AuthoringSheetLayout,
  context: AuthoringReadContext,
): ReadonlyMap<string, number> {
  const known = new Map(layout.columns.map((column) => [normaliseAuthoringKey(column.key), column.key]))
  const columnIndex = new Map<string, number>()
  header.forEach((cell, index) => {
    if (isBlankCell(cell)) return
    const text = describeCellValue(cell)
    const address = formatCellAddress({ row: rowNumber, column: index + 1 })
    const key = known.get(normaliseAuthoringKey(text))
    if (key === undefined) {
      if (!isIgnoredAuthoringHeading(text))
        context.issues.push({
          code: 'authoring-unknown-column',
          sheet: sheetName,
          cell: address,
          found: text,
        })
      return
    }
    if (columnIndex.has(key))
      context.issues.push({
        code: 'authoring-duplicate-column',
        sheet: sheetName,
        cell: address,
        found: text,
      })
    else columnIndex.set(key, index)
  })
  return columnIndex
}

function tableRowSource(
  sheet: string,
  row: readonly CellValue[],
  rowNumber: number,
  columnIndex: ReadonlyMap<string, number>,
  missingColumns: Set<string>,
  headerRow: number,
): AuthoringFieldSource {
  const at = (key: string) => columnIndex.get(key)
  return {
    sheet,
    value: (key) => {
      const index = at(key)
      return index === undefined ? undefined : (row[index] ?? null)
    },
    cell: (key) => {
      const index = at(key)
      return index === undefined ? undefined : formatCellAddress({ row: rowNumber, column: index + 1 })
    },
    missing: (key) => {
      const index = at(key)
      if (missingColumns.has(key)) return null
      if (index === undefined) {
        missingColumns.add(key)
        return {
          code: 'authoring-missing-column',
          sheet,
          cell: formatCellAddress({ row: headerRow, column: 1 }),
          expected: key,
        }
      }
      return {
        code: 'authoring-missing-value',
        sheet,
        cell: formatCellAddress({ row: rowNumber, column: index + 1 }),
        expected: key,
      }
    },
  }
}

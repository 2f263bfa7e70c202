import { formatCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import { describeCellValue, isBlankCell } from './authoringCellValue'
import { normaliseAuthoringKey } from './authoringLayout'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'

const HEADER_SEARCH_ROWS = 10

/**
 * Reads a sheet of key/value rows (`settings`, `_meta`) as one field source keyed by the setting
 * key. The key and value columns are found by their `key` / `value` headings anywhere in the top
 * rows; without them, column A holds keys and column B values. With `knownKeys`, unknown and
 * repeated keys are reported; a required key without a row is `authoring-missing-setting`.
 *
 * @example
 *   const settings = readKeyValueSheet(sheet, ['id', 'version'], context)
 *   settings.value('id') // => 'dept-ict-readiness'
 */
export function readKeyValueSheet(
  sheet: Sheet,
  knownKeys: readonly string[] | null,
  context: AuthoringReadContext,
): AuthoringFieldSource {
  const layout = findLayout(sheet.rows)
  const known = new Map((knownKeys ?? []).map((key) => [normaliseAuthoringKey(key), key]))
  const rows = new Map<string, { readonly value: CellValue; readonly cell: string }>()
  sheet.rows.forEach((row, index) => {
    if (index <= layout.headerIndex) return
    const keyCell = row[layout.keyColumn] ?? null
    if (isBlankCell(keyCell)) return
    const found = describeCellValue(keyCell).trim()
    const cell = formatCellAddress({ row: index + 1, column: layout.keyColumn + 1 })
    const key = knownKeys === null ? normaliseAuthoringKey(found) : known.get(normaliseAuthoringKey(found))
    if (key === undefined)
      return void context.issues.push({ code: 'authoring-unknown-setting', sheet: sheet.name, cell, found })
    if (rows.has(key))
      return void (
        knownKeys !== null &&
        context.issues.push({ code: 'authoring-duplicate-row', sheet: sheet.name, cell, found })
      )
    rows.set(key, {
      value: row[layout.valueColumn] ?? null,
      cell: formatCellAddress({ row: index + 1, column: layout.valueColumn + 1 }),
    })
  })
  const lookup = (key: string) => rows.get(knownKeys === null ? normaliseAuthoringKey(key) : key)
  return {
    sheet: sheet.name,
    value: (key) => lookup(key)?.value,
    cell: (key) => lookup(key)?.cell,
    missing: (key) => {
      const row = lookup(key)
      return row === undefined
        ? { code: 'authoring-missing-setting', sheet: sheet.name, expected: key }
        : { code: 'authoring-missing-value', sheet: sheet.name, cell: row.cell, expected: key }
    },
  }
}

function findLayout(rows: readonly (readonly CellValue[])[]): {
  readonly headerIndex: number
  readonly keyColumn: number
  readonly valueColumn: number
} {
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const headings = row.map((cell) => (typeof cell === 'string' ? normaliseAuthoringKey(cell) : ''))
    const keyColumn = headings.indexOf('key')
    const valueColumn = headings.indexOf('value')
    if (keyColumn >= 0 && valueColumn >= 0) return { headerIndex: index, keyColumn, valueColumn }
  }
  return { headerIndex: -1, keyColumn: 0, valueColumn: 1 }
}

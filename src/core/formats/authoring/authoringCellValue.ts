import type { CellValue } from '@core/excel/sheetWorkbook'

const TRUE_WORDS = new Set(['có', 'co', 'true', 'yes', 'y', 'đúng', 'dung', '1', 'x'])
const FALSE_WORDS = new Set(['không', 'khong', 'false', 'no', 'n', 'sai', '0'])

/**
 * A yes/no cell: a boolean cell, 1 / 0, or the words có / không, co / khong, TRUE / FALSE, yes / no,
 * đúng / sai, x (any case); `null` for anything else, including an empty cell.
 *
 * @example
 *   parseAuthoringBoolean('Có') // => true
 *   parseAuthoringBoolean(0) // => false
 *   parseAuthoringBoolean('maybe') // => null
 */
export function parseAuthoringBoolean(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null
  if (typeof value !== 'string') return null
  const word = value.normalize('NFC').trim().toLowerCase()
  if (TRUE_WORDS.has(word)) return true
  return FALSE_WORDS.has(word) ? false : null
}

/**
 * How a cell is quoted back to the author in an issue's `found`: text as is (cut at 200
 * characters), numbers in their shortest form, booleans as Excel shows them, dates as
 * `YYYY-MM-DD`, formulas with their `=`, error values by their code.
 *
 * @example
 *   describeCellValue({ type: 'formula', formula: 'A1+1', result: 2 }) // => '=A1+1'
 */
export function describeCellValue(value: CellValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value.type === 'date') return value.iso
  if (value.type === 'formula') return `=${value.formula}`
  return value.code
}

/**
 * Whether a cell holds nothing: empty, or text of white space only.
 *
 * @example
 *   isBlankCell('  ') // => true
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

import type { CellValue } from './sheetWorkbook'

/** A cell as a neutral workbook or a parsed CSV table holds it. */
export type NumberCell = CellValue | undefined

const SPACES = /[\s\u00A0\u202F\u2009]+/g
const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/

/**
 * The one reader of numbers in cells, for every format the app reads (authoring workbooks, COINr
 * tables, results tables; answers typed by people go through `parseLocaleNumber` first, which
 * also reads thousands groups). A number cell is itself when finite; a formula cell is its cached
 * result; text is read as spreadsheet users type it: a dot or a comma as the decimal mark (`0,5`,
 * `0.5`), an exponent, a leading `+` or Unicode minus, spaces (also no-break and thin ones)
 * ignored anywhere. Thousands separators are not guessed: `1.234,5` is `'invalid'`. Empty cells
 * and blank text are `null`; anything else (booleans, dates, errors, words) is `'invalid'`.
 *
 * @example
 *   readCellNumber(' 0,5 ') // => 0.5
 *   readCellNumber('1e-3') // => 0.001
 *   readCellNumber({ type: 'formula', formula: 'A1*2', result: 4 }) // => 4
 *   readCellNumber('1.234,5') // => 'invalid'
 *   readCellNumber('') // => null
 */
export function readCellNumber(cell: NumberCell): number | null | 'invalid' {
  if (cell === null || cell === undefined) return null
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell + 0 : 'invalid'
  if (typeof cell === 'string') return readNumberText(cell)
  if (typeof cell === 'object' && cell.type === 'formula') {
    return cell.result === null ? null : readCellNumber(cell.result)
  }
  return 'invalid'
}

function readNumberText(text: string): number | null | 'invalid' {
  const compact = text.replace(SPACES, '').replace(/^\u2212/, '-')
  if (compact === '') return null
  if (!NUMBER_TEXT.test(compact)) return 'invalid'
  const value = Number(compact.replace(',', '.'))
  return Number.isFinite(value) ? value + 0 : 'invalid'
}

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
  // Fast path for the common plain form (`-12.5`, `3e-4`): no spaces, no comma, no U+2212, so the
  // general path below would read it the same way.
  if (isPlainNumberText(text)) {
    const value = Number(text)
    return Number.isFinite(value) ? value + 0 : 'invalid'
  }
  const compact = text.replace(SPACES, '').replace(/^\u2212/, '-')
  if (compact === '') return null
  if (!NUMBER_TEXT.test(compact)) return 'invalid'
  const value = Number(compact.replace(',', '.'))
  return Number.isFinite(value) ? value + 0 : 'invalid'
}

/** `NUMBER_TEXT` with a dot as the only decimal mark and no space: [+-]digits[.digits][e[+-]digits] or [+-].digits[…]. */
function isPlainNumberText(text: string): boolean {
  const length = text.length
  let at = 0
  let code = text.charCodeAt(at)
  if (code === 43 || code === 45) code = text.charCodeAt((at += 1)) // + -
  const integerStart = at
  while (code >= 48 && code <= 57) code = text.charCodeAt((at += 1))
  const integerDigits = at - integerStart
  if (code === 46) {
    // .
    code = text.charCodeAt((at += 1))
    const fractionStart = at
    while (code >= 48 && code <= 57) code = text.charCodeAt((at += 1))
    if (integerDigits === 0 && at === fractionStart) return false
  } else if (integerDigits === 0) return false
  if (code === 101 || code === 69) {
    // e E
    code = text.charCodeAt((at += 1))
    if (code === 43 || code === 45) code = text.charCodeAt((at += 1))
    const exponentStart = at
    while (code >= 48 && code <= 57) code = text.charCodeAt((at += 1))
    if (at === exponentStart) return false
  }
  return at === length
}

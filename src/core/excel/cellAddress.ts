/**
 * Excel's grid: 1,048,576 rows.
 *
 * @example
 *   rows.length <= MAX_EXCEL_ROWS
 */
export const MAX_EXCEL_ROWS = 1_048_576
/**
 * Excel's grid: 16,384 columns (A to XFD).
 *
 * @example
 *   columnLetters(MAX_EXCEL_COLUMNS) // => 'XFD'
 */
export const MAX_EXCEL_COLUMNS = 16_384

/**
 * A cell position, both 1-based.
 *
 * @example
 *   const b3: CellPosition = { row: 3, column: 2 }
 */
export type CellPosition = { readonly row: number; readonly column: number }

const CELL_ADDRESS = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/

/**
 * The letters of a 1-based column number.
 *
 * @example
 *   columnLetters(1) // => 'A'
 *   columnLetters(28) // => 'AB'
 */
export function columnLetters(column: number): string {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }
  return letters
}

/**
 * Reads an A1 address (`$` marks allowed, letters in either case); `null` unless it lies on
 * Excel's grid.
 *
 * @example
 *   parseCellAddress('$B$3') // => { row: 3, column: 2 }
 *   parseCellAddress('XFE1') // => null
 */
export function parseCellAddress(text: string): CellPosition | null {
  const match = CELL_ADDRESS.exec(text)
  if (match === null) return null
  const [, letters = '', digits = ''] = match
  let column = 0
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64)
  const row = Number(digits)
  return column <= MAX_EXCEL_COLUMNS && row <= MAX_EXCEL_ROWS ? { row, column } : null
}

/**
 * The A1 address of a position.
 *
 * @example
 *   formatCellAddress({ row: 3, column: 2 }) // => 'B3'
 */
export function formatCellAddress(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row}`
}

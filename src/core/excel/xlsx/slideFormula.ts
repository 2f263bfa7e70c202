import { columnLetters } from '@core/excel/cellAddress'

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i

function columnNumber(letters: string): number {
  let column = 0
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  return column
}

/**
 * The text of a shared-formula clone: the master's formula with its relative references moved by
 * the clone's offset from the master (`$` parts stay), as Excel and the exceljs reader before
 * this one do. Function names and names past column XFD are left alone.
 *
 * @example
 *   slideFormula('A1+$B$1', { row: 2, column: 1 }, { row: 3, column: 2 }) // => 'B2+$B$1'
 */
export function slideFormula(
  formula: string,
  from: { readonly row: number; readonly column: number },
  to: { readonly row: number; readonly column: number },
): string {
  return formula.replace(
    CANDIDATE,
    (whole, sheet: string | undefined, _name: string, address: string, paren: string | undefined) => {
      if (paren !== undefined) return whole
      const match = REFERENCE.exec(address)
      if (match === null) return whole
      const [, columnDollar = '', letters = '', rowDollar = '', digits = ''] = match
      const upper = letters.toUpperCase()
      if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return whole
      const column = columnNumber(upper) + (columnDollar === '' ? to.column - from.column : 0)
      const row = Number(digits) + (rowDollar === '' ? to.row - from.row : 0)
      if (column < 1 || row < 1) return '#REF!'
      return `${sheet ?? ''}${columnDollar}${columnLetters(column)}${rowDollar}${row}`
    },
  )
}

import { formatCellAddress, parseCellAddress } from './cellAddress'

/**
 * A rectangle of cells, 1-based and inclusive, with `top <= bottom` and `left <= right`.
 *
 * @example
 *   const header: CellRange = { top: 1, left: 1, bottom: 1, right: 5 }
 */
export type CellRange = {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

/**
 * Reads `A1:C3` (corners in any order) or a single cell `B2`; `null` unless both corners lie on
 * Excel's grid.
 *
 * @example
 *   parseCellRange('C3:A1') // => { top: 1, left: 1, bottom: 3, right: 3 }
 *   parseCellRange('A1:XFD1048576') // => { top: 1, left: 1, bottom: 1048576, right: 16384 }
 */
export function parseCellRange(text: string): CellRange | null {
  const parts = text.split(':')
  if (parts.length > 2) return null
  const first = parseCellAddress(parts[0] ?? '')
  const second = parts.length === 2 ? parseCellAddress(parts[1] ?? '') : first
  if (first === null || second === null) return null
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  }
}

/**
 * `A1:C3`, or `B2` for a single cell; `absolute` adds `$` marks (`$A$1:$C$3`) for formulas.
 *
 * @example
 *   formatCellRange({ top: 1, left: 1, bottom: 3, right: 3 }) // => 'A1:C3'
 *   formatCellRange({ top: 2, left: 1, bottom: 9, right: 1 }, { absolute: true }) // => '$A$2:$A$9'
 */
export function formatCellRange(range: CellRange, options: { readonly absolute?: boolean } = {}): string {
  const corner = (row: number, column: number): string => {
    const address = formatCellAddress({ row, column })
    return options.absolute === true ? address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2') : address
  }
  const topLeft = corner(range.top, range.left)
  if (range.top === range.bottom && range.left === range.right) return topLeft
  return `${topLeft}:${corner(range.bottom, range.right)}`
}

/**
 * The number of cells in a range.
 *
 * @example
 *   cellRangeArea({ top: 1, left: 1, bottom: 10, right: 2 }) // => 20
 */
export function cellRangeArea(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1)
}

/**
 * Whether two ranges share at least one cell.
 *
 * @example
 *   cellRangesOverlap({ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }) // => true
 */
export function cellRangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right
}

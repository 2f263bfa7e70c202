import {
  cellRangeArea,
  cellRangesOverlap,
  formatCellRange,
  parseCellRange,
  type CellRange,
} from './cellRange'
import { formatCellAddress } from './cellAddress'
import { isStyledCell } from './prepareSheetCells'
import type { SpecCell } from './workbookSpec'
import type { WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * The largest merge written (exceljs touches every cell of a merge).
 *
 * @example
 *   cellRangeArea(range) <= MAX_MERGE_AREA
 */
export const MAX_MERGE_AREA = 100_000

/**
 * Checks a sheet's merges: valid A1 ranges of at most `MAX_MERGE_AREA` cells, no two overlapping,
 * and no value hidden under a merge (xlsx keeps only the top-left cell's value). Returns the
 * merges in canonical form, or every problem.
 *
 * @example
 *   prepareMerges('S', ['a1:c1'], [['Title']]) // => { merges: ['A1:C1'], issues: [] }
 */
export function prepareMerges(
  sheet: string,
  merges: readonly string[],
  rows: readonly (readonly SpecCell[])[],
): { readonly merges: readonly string[]; readonly issues: readonly WorkbookWriteIssue[] } {
  const issues: WorkbookWriteIssue[] = []
  const parsed: { readonly text: string; readonly range: CellRange }[] = []
  for (const text of merges) {
    const range = parseCellRange(text)
    if (range === null || cellRangeArea(range) > MAX_MERGE_AREA) {
      issues.push({
        code: 'invalid-range',
        sheet,
        range: text,
        field: 'merge',
        reason: range === null ? 'syntax' : 'too-large',
      })
      continue
    }
    const clash = parsed.find((other) => cellRangesOverlap(other.range, range))
    if (clash !== undefined) issues.push({ code: 'overlapping-merges', sheet, ranges: [clash.text, text] })
    const hidden = findHiddenValue(range, rows)
    if (hidden !== null) issues.push({ code: 'merge-hides-value', sheet, range: text, cell: hidden })
    parsed.push({ text, range })
  }
  return { merges: parsed.map((merge) => formatCellRange(merge.range)), issues }
}

function findHiddenValue(range: CellRange, rows: readonly (readonly SpecCell[])[]): string | null {
  for (let row = range.top; row <= Math.min(range.bottom, rows.length); row += 1) {
    const cells = rows[row - 1] ?? []
    for (let column = range.left; column <= Math.min(range.right, cells.length); column += 1) {
      if (row === range.top && column === range.left) continue
      const cell = cells[column - 1]
      const value = isStyledCell(cell) ? cell.value : cell
      if (value !== null && value !== undefined && value !== '') return formatCellAddress({ row, column })
    }
  }
  return null
}

import { formatCellRange, type CellRange } from './cellRange'

/**
 * A reference to a range on a named sheet for use in formulas, validations and defined names:
 * the name always quoted (apostrophes doubled), the range absolute.
 *
 * @example
 *   formatSheetReference("Sở TT&TT's list", { top: 2, left: 1, bottom: 9, right: 1 }) // => "'Sở TT&TT''s list'!$A$2:$A$9"
 */
export function formatSheetReference(sheetName: string, range: CellRange): string {
  return `'${sheetName.replace(/'/g, "''")}'!${formatCellRange(range, { absolute: true })}`
}

import { formatCellAddress } from '@core/excel/cellAddress'
import { sanitiseCellText } from '@core/excel/sanitiseCellText'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import { describeCell } from './answerCells'
import type { QuestionnaireIssue } from './questionnaireIssue'

/**
 * The cell at a 1-based row and column of a read sheet (`undefined` past the stored cells).
 *
 * @example
 *   cellAt(sheet, 1, 1) // => 'Mã'
 */
export function cellAt(sheet: Sheet, row: number, column: number): CellValue | undefined {
  return sheet.rows[row - 1]?.[column - 1]
}

/**
 * Whether a locked cell still says what the template wrote: texts compared after the writer's
 * sanitising, NFC and trimming on both sides (programs that re-save may normalise line ends);
 * numbers by value, also when re-saved as text; an empty expectation matches an empty cell.
 *
 * @example
 *   sameTemplateText('Mã', ' Mã ') // => true
 */
export function sameTemplateText(expected: string | number | null, found: CellValue | undefined): boolean {
  if (expected === found || (expected === '' && (found === null || found === undefined))) return true
  return comparable(expected) === comparable(found)
}

function comparable(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return sanitiseCellText(value).text.normalize('NFC').trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return `\u0000${describeCell(value)}`
}

/**
 * Compares one locked cell with what the template wrote there, adding an
 * `edited-protected-cell` issue when it differs.
 *
 * @example
 *   checkLockedCell(sheet, 1, 1, 'Mã', issues)
 */
export function checkLockedCell(
  sheet: Sheet,
  row: number,
  column: number,
  expected: string | number | null,
  issues: QuestionnaireIssue[],
): void {
  const found = cellAt(sheet, row, column)
  if (sameTemplateText(expected, found)) return
  issues.push({
    code: 'edited-protected-cell',
    sheet: sheet.name,
    cell: formatCellAddress({ row, column }),
    expected: expected === null ? '' : truncate(String(expected)),
    found: describeCell(found),
  })
}

function truncate(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text
}

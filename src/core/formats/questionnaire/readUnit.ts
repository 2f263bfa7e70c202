import type { Framework } from '@core/framework/framework'
import { parseCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import type { SpecCell } from '@core/excel/workbookSpec'
import { describeCell, normaliseAnswerText } from './answerCells'
import { INSTRUCTIONS_CELLS, instructionsSheetSpec } from './instructionsSheetSpec'
import type { QuestionnaireIssue } from './questionnaireIssue'
import type { QuestionnaireLayout } from './questionnaireLayout'
import type { QuestionnaireMeta } from './questionnaireMeta'
import { cellAt, checkLockedCell } from './sheetCells'

/** Longest unit code accepted. */
export const MAX_UNIT_CODE_LENGTH = 50
const MAX_UNIT_NAME_LENGTH = 300

/**
 * Checks the instructions sheet against what the template wrote (every locked cell) and reads
 * the unit: from `_meta` when the workbook was written for a unit (its cells are then locked),
 * else from the cells the unit typed its code and name into. `null` (with an issue) when there is
 * no usable unit code or no instructions sheet.
 *
 * @example
 *   readUnit(sheet, framework, layout, meta, issues) // => { code: 'SNV', name: 'Sở Nội vụ' }
 */
export function readUnit(
  sheet: Sheet | undefined,
  framework: Pick<Framework, 'id' | 'version' | 'name'>,
  layout: QuestionnaireLayout,
  meta: QuestionnaireMeta,
  issues: QuestionnaireIssue[],
): { readonly code: string; readonly name: string } | null {
  if (sheet === undefined) return null
  const spec = instructionsSheetSpec(
    framework,
    layout,
    { code: meta.unitCode, name: meta.unitName },
    meta.year,
  )
  spec.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (!isUnlocked(cell))
        checkLockedCell(sheet, rowIndex + 1, columnIndex + 1, expectedValue(cell), issues)
    })
  })
  if (meta.unitCode !== '') return { code: meta.unitCode, name: meta.unitName }
  const code = textOf(cellAt(sheet, ...position(INSTRUCTIONS_CELLS.unitCode)))
  const name = textOf(cellAt(sheet, ...position(INSTRUCTIONS_CELLS.unitName))) ?? ''
  if (code === null) {
    issues.push({ code: 'missing-unit', sheet: sheet.name, cell: INSTRUCTIONS_CELLS.unitCode })
    return null
  }
  if (code.length > MAX_UNIT_CODE_LENGTH || /[\n\t]/.test(code)) {
    issues.push({
      code: 'invalid-unit-code',
      sheet: sheet.name,
      cell: INSTRUCTIONS_CELLS.unitCode,
      found: describeCell(code),
    })
    return null
  }
  return { code, name: name.slice(0, MAX_UNIT_NAME_LENGTH) }
}

function isUnlocked(cell: SpecCell): boolean {
  return typeof cell === 'object' && cell !== null && 'style' in cell && cell.style?.locked === false
}

function expectedValue(cell: SpecCell): string | number | null {
  const value = typeof cell === 'object' && cell !== null && 'value' in cell ? cell.value : cell
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

function textOf(cell: CellValue | undefined): string | null {
  if (typeof cell === 'number') return String(cell)
  return typeof cell === 'string' ? normaliseAnswerText(cell) : null
}

function position(address: string): [number, number] {
  const parsed = parseCellAddress(address)
  return [parsed?.row ?? 1, parsed?.column ?? 1]
}

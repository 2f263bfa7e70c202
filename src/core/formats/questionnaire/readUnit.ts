import type { Framework } from '@core/framework/framework'
import { isValidUnitCode, latinLookalike, normaliseUnitCode } from '@core/assessment/unitCode'
import { parseCellAddress } from '@core/excel/cellAddress'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import type { SpecCell } from '@core/excel/workbookSpec'
import { describeCell, normaliseAnswerText } from './answerCells'
import { INSTRUCTIONS_CELLS, instructionsSheetSpec } from './instructionsSheetSpec'
import type { QuestionnaireIssue } from './questionnaireIssue'
import type { QuestionnaireLayout } from './questionnaireLayout'
import type { QuestionnaireMeta } from './questionnaireMeta'
import { cellAt, checkLockedCell } from './sheetCells'

/** Longest unit code accepted (the rule lives with the unit code, in core/assessment). */
export { MAX_UNIT_CODE_LENGTH } from '@core/assessment/unitCode'
const MAX_UNIT_NAME_LENGTH = 300

/**
 * Checks the instructions sheet against what the template wrote (every locked cell) and reads
 * the unit: from `_meta` when the workbook was written for a unit (its cells are then locked),
 * else from the cells the unit typed its code and name into. The code is normalised
 * (`normaliseUnitCode`: NFKC, zero-width and other format characters removed, trimmed), so
 * `SNV` typed with a zero-width space or in full-width letters reads as `SNV`. `null` (with an
 * issue) when there is no usable unit code or no instructions sheet. A code that is valid once its
 * Cyrillic or Greek look-alike letters are read as Latin is returned as it is: the import judges it
 * against the known units (`unit-code-lookalike` names the unit it imitates) or refuses it.
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
  if (meta.unitCode !== '') {
    const code = normaliseUnitCode(meta.unitCode)
    if (isUsableCode(code)) return { code, name: meta.unitName }
    issues.push(invalidCode(sheet.name, meta.unitCode))
    return null
  }
  const typed = textOf(cellAt(sheet, ...position(INSTRUCTIONS_CELLS.unitCode)))
  const code = typed === null ? '' : normaliseUnitCode(typed)
  const name = textOf(cellAt(sheet, ...position(INSTRUCTIONS_CELLS.unitName))) ?? ''
  if (code === '') {
    issues.push({ code: 'missing-unit', sheet: sheet.name, cell: INSTRUCTIONS_CELLS.unitCode })
    return null
  }
  if (!isUsableCode(code)) {
    issues.push(invalidCode(sheet.name, typed ?? code))
    return null
  }
  return { code, name: name.slice(0, MAX_UNIT_NAME_LENGTH) }
}

/** Valid (`[A-Za-z0-9._-]`, at most 50 characters) once look-alike letters are read as Latin. */
function isUsableCode(code: string): boolean {
  return isValidUnitCode(latinLookalike(code))
}

function invalidCode(sheet: string, found: string): QuestionnaireIssue {
  return { code: 'invalid-unit-code', sheet, cell: INSTRUCTIONS_CELLS.unitCode, found: describeCell(found) }
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

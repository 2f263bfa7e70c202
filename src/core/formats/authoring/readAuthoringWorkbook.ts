import type { Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { err, ok, type Result } from '@core/result'
import type { AuthoringIssue } from './authoringIssue'
import type { AuthoringSheetLayout } from './authoringLayout'
import type { AuthoringReadContext, CellLocation } from './authoringReadContext'
import { authoringSheetNames } from './authoringTemplate'
import { checkAuthoringTemplate } from './checkAuthoringTemplate'
import { compactObject } from './compactObject'
import { choicesLayout, columnsLayout, questionsLayout, sectionsLayout } from './questionSheetLayouts'
import { readAuthoringTable } from './readAuthoringTable'
import { readBandRows, readComparabilityRows } from './readBandAndComparabilityRows'
import { readComponentRows, readIndicatorRows } from './readIndicatorRows'
import { readQuestionRows } from './readQuestionRows'
import { readSectionRows } from './readSectionRows'
import { readSettingsSheet } from './readSettingsSheet'
import { rulesLayout } from './rulesLayout'
import { bandsLayout, comparabilityLayout, componentsLayout, indicatorsLayout } from './treeSheetLayouts'

/**
 * What an authoring workbook holds: the framework as an untrusted plain value (to be checked by
 * `loadFramework`), and the cell each framework path came from (`questions[3].min` → questions!L6),
 * so that framework issues can be located (`locateFrameworkIssue`).
 *
 * @example
 *   const read: AuthoringWorkbookContent = { input: { formatVersion: 1, … }, sources: new Map([['id', { sheet: 'settings', cell: 'B4' }]]) }
 */
export type AuthoringWorkbookContent = {
  readonly input: Readonly<Record<string, unknown>>
  readonly sources: ReadonlyMap<string, CellLocation>
}

/**
 * Reads a framework authoring workbook (template version 1, see `buildAuthoringWorkbookSpec`)
 * into a framework-shaped plain value, collecting every problem with its sheet and cell. Never
 * throws. Tolerates what Excel and LibreOffice do to a file: sheet names and headings in any
 * case, columns in any order (found by heading), blank rows, numbers stored as text (with a
 * decimal comma too), yes/no as TRUE/FALSE, 1/0 or có/không. Refuses another template kind and a
 * newer template version before reading anything else. Meaning (references, tree, formulas) is
 * left to `loadFramework`; `loadAuthoringWorkbook` does both.
 *
 * @example
 *   const workbook = await readWorkbook(bytes)
 *   const content = workbook.ok ? readAuthoringWorkbook(workbook.value) : workbook
 *   if (content.ok) loadFramework(content.value.input)
 */
export function readAuthoringWorkbook(
  workbook: SheetWorkbook,
): Result<AuthoringWorkbookContent, readonly AuthoringIssue[]> {
  const context: AuthoringReadContext = { issues: [], sources: new Map() }
  const sheetNamed = (name: string): Sheet | undefined =>
    workbook.sheets.find((sheet) => isSheetNamed(sheet, name))
  const stop = checkAuthoringTemplate(sheetNamed(authoringSheetNames.meta), context)
  if (stop !== null) return err([stop])
  /** The rows of a sheet; none when it, or the sheet its rows refer to (`dependsOn`), is missing. */
  const rowsOf = (layout: AuthoringSheetLayout, dependsOn?: AuthoringSheetLayout) => {
    const sheet = sheetNamed(layout.sheet)
    if (sheet === undefined && layout.isRequired)
      context.issues.push({ code: 'authoring-missing-sheet', sheet: layout.sheet })
    if (sheet === undefined || (dependsOn !== undefined && sheetNamed(dependsOn.sheet) === undefined))
      return []
    return readAuthoringTable(sheet, layout, context)
  }
  const settingsSheet = sheetNamed(authoringSheetNames.settings)
  if (settingsSheet === undefined)
    context.issues.push({ code: 'authoring-missing-sheet', sheet: authoringSheetNames.settings })
  const settings = settingsSheet === undefined ? {} : readSettingsSheet(settingsSheet, context)
  const { method, ...topLevel } = settings
  const input = compactObject({
    ...topLevel,
    sections: readSectionRows(rowsOf(sectionsLayout), context),
    questions: readQuestionRows(
      {
        questions: rowsOf(questionsLayout),
        choices: rowsOf(choicesLayout, questionsLayout),
        columns: rowsOf(columnsLayout, questionsLayout),
      },
      context,
    ),
    indicators: readIndicatorRows(rowsOf(indicatorsLayout), rowsOf(rulesLayout, indicatorsLayout), context),
    components: readComponentRows(rowsOf(componentsLayout), context),
    method,
    bands: readBandRows(rowsOf(bandsLayout), context),
    comparability: readComparabilityRows(rowsOf(comparabilityLayout), context),
  })
  return context.issues.length > 0 ? err(context.issues) : ok({ input, sources: context.sources })
}

/**
 * Whether a sheet has the given name, ignoring case and surrounding spaces (`Questions` is
 * `questions`); `_` and `-` still count, so a COINr `Meta` sheet is not `_meta`.
 *
 * @example
 *   isSheetNamed({ name: ' Settings ', … }, 'settings') // => true
 */
export function isSheetNamed(sheet: Sheet, name: string): boolean {
  return sheet.name.normalize('NFC').trim().toLowerCase() === name.toLowerCase()
}

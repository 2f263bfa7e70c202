import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, type Result } from '@core/result'
import type { AuthoringIssue } from './authoringIssue'
import {
  locateFrameworkIssue,
  type LocatedFrameworkIssue,
} from '@core/formats/framework-file/locateFrameworkIssue'
import { readAuthoringWorkbook } from './readAuthoringWorkbook'

/**
 * Reads an authoring workbook and checks the framework it holds: the workbook's own problems
 * (`AuthoringIssue`) if any, else the framework's (`loadFramework`), each located at the sheet and
 * cell it came from. Never throws.
 *
 * @example
 *   const loaded = loadAuthoringWorkbook(workbook)
 *   if (!loaded.ok) loaded.error // => [{ code: 'unknown-section', path: 'questions[0].section', section: 'X', sheet: 'questions', cell: 'B3' }]
 */
export function loadAuthoringWorkbook(
  workbook: SheetWorkbook,
): Result<ValidFramework, readonly (AuthoringIssue | LocatedFrameworkIssue)[]> {
  const content = readAuthoringWorkbook(workbook)
  if (!content.ok) return content
  const loaded = loadFramework(content.value.input)
  return loaded.ok
    ? loaded
    : err(loaded.error.map((issue) => locateFrameworkIssue(issue, content.value.sources)))
}

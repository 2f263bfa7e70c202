import type { Sheet } from '@core/excel/sheetWorkbook'
import { describeCellValue, isBlankCell } from './authoringCellValue'
import type { AuthoringIssue } from './authoringIssue'
import { authoringFieldReader } from './authoringFieldReader'
import type { AuthoringReadContext } from './authoringReadContext'
import { authoringTemplateKind, authoringTemplateVersion } from './authoringTemplate'
import { readKeyValueSheet } from './readKeyValueSheet'

/**
 * Checks the hidden `_meta` sheet: `template` must be `framework-authoring` and `template_version`
 * at most the newest known. Returns the issue that stops the read (another template, a newer
 * version: its layout cannot be trusted), or `null`; a malformed version is added to
 * `context.issues`. A workbook without `_meta` (made by hand) is read as version 1.
 *
 * @example
 *   checkAuthoringTemplate(metaSheet, context) // => { code: 'authoring-newer-template', sheet: '_meta', cell: 'B3', expected: '1', found: '2' }
 */
export function checkAuthoringTemplate(
  meta: Sheet | undefined,
  context: AuthoringReadContext,
): AuthoringIssue | null {
  if (meta === undefined) return null
  const source = readKeyValueSheet(meta, null, context)
  const where = (key: string) => ({ sheet: meta.name, cell: source.cell(key) ?? '' })
  const kind = source.value('template')
  if (!isBlankCell(kind) && kind !== undefined && describeCellValue(kind).trim() !== authoringTemplateKind) {
    return {
      code: 'authoring-wrong-template',
      ...where('template'),
      expected: authoringTemplateKind,
      found: describeCellValue(kind),
    }
  }
  const version = authoringFieldReader(source, context).integer('template_version')
  if (version !== undefined && version > authoringTemplateVersion) {
    return {
      code: 'authoring-newer-template',
      ...where('template_version'),
      expected: String(authoringTemplateVersion),
      found: String(version),
    }
  }
  return null
}

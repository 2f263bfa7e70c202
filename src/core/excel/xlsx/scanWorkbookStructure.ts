import { err, ok, type Result } from '@core/result'
import type { InvalidSheetNameReason, WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { findStartTags, parseXmlAttributes } from './xmlAttributes'

/**
 * A worksheet listed in `xl/workbook.xml`, in tab order, with the part holding its cells.
 *
 * @example
 *   const sheet: ScannedSheet = { name: 'Data', part: 'xl/worksheets/sheet1.xml' }
 */
export type ScannedSheet = { readonly name: string; readonly part: string }

/**
 * The workbook part, at the only path exceljs reads it from.
 *
 * @example
 *   texts.get(WORKBOOK_PART)
 */
export const WORKBOOK_PART = 'xl/workbook.xml'
/**
 * The workbook's relationships: where each sheet's part is.
 *
 * @example
 *   texts.get(WORKBOOK_RELATIONSHIPS_PART)
 */
export const WORKBOOK_RELATIONSHIPS_PART = 'xl/_rels/workbook.xml.rels'
/**
 * Shared strings, at the only path exceljs reads them from.
 *
 * @example
 *   texts.get(SHARED_STRINGS_PART)
 */
export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml'
/**
 * Styles, at the only path exceljs reads them from.
 *
 * @example
 *   texts.get(STYLES_PART)
 */
export const STYLES_PART = 'xl/styles.xml'
/**
 * The only worksheet part names exceljs 4.4.0 loads; a sheet stored elsewhere would vanish.
 *
 * @example
 *   WORKSHEET_PART.test('xl/worksheets/sheet1.xml') // => true
 */
export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/

type Relationship = { readonly type: string; readonly target: string; readonly isExternal: boolean }

/**
 * Reads the sheet list and the workbook relationships and checks everything exceljs would get
 * wrong silently or by throwing: names it rejects or truncates, duplicate names (case-insensitive)
 * or sheet ids, sheets whose part is missing or stored where exceljs does not look, shared strings
 * or styles under other names, macro sheets. Chart and dialog sheets are left out (no cells).
 *
 * @example
 *   scanWorkbookStructure(texts, new Set(partNames), 250) // => ok([{ name: 'Data', part: 'xl/worksheets/sheet1.xml' }])
 */
export function scanWorkbookStructure(
  texts: ReadonlyMap<string, string>,
  partNames: ReadonlySet<string>,
  maxSheets: number,
): Result<readonly ScannedSheet[], readonly WorkbookReadIssue[]> {
  const entries = [...findStartTags(texts.get(WORKBOOK_PART) ?? '', 'sheet')].map(parseXmlAttributes)
  if (entries.length === 0) return err([{ code: 'no-sheets' }])
  if (entries.length > maxSheets)
    return err([{ code: 'too-many-sheets', count: entries.length, limit: maxSheets }])
  const relationshipsText = texts.get(WORKBOOK_RELATIONSHIPS_PART)
  if (relationshipsText === undefined) return err([{ code: 'missing-workbook-relationships' }])
  const relationships = parseRelationships(relationshipsText)

  const issues: WorkbookReadIssue[] = checkSpecialParts(relationships)
  const sheets: ScannedSheet[] = []
  const [names, ids, parts] = [new Set<string>(), new Set<string>(), new Set<string>()]
  for (const attributes of entries) {
    const name = attributes.get('name') ?? ''
    const nameProblem = checkSheetName(name)
    if (nameProblem !== null) issues.push({ code: 'invalid-sheet-name', sheet: name, reason: nameProblem })
    if (names.has(name.toLowerCase())) issues.push({ code: 'duplicate-sheet-name', sheet: name })
    names.add(name.toLowerCase())

    const id = attributes.get('sheetId') ?? ''
    if (!/^[1-9][0-9]{0,4}$/.test(id) || Number(id) > 65_535)
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'bad-id' })
    else if (ids.has(id)) issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'duplicate-id' })
    ids.add(id)

    const relationshipId = [...attributes].find(([key]) => key.endsWith(':id'))?.[1] ?? ''
    const relationship = relationships.get(relationshipId)
    if (relationship === undefined) {
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'missing-relationship' })
      continue
    }
    if (/\/xl(?:Intl)?Macrosheet$/.test(relationship.type))
      issues.push({ code: 'macros-present', part: relationship.target })
    if (!relationship.type.endsWith('/worksheet')) continue
    const part = resolveTarget(relationship.target)
    if (relationship.isExternal || !WORKSHEET_PART.test(part))
      issues.push({ code: 'unsupported-part-name', part, sheet: name })
    else if (!partNames.has(part)) issues.push({ code: 'missing-sheet-part', sheet: name, part })
    else if (parts.has(part))
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'duplicate-part' })
    parts.add(part)
    sheets.push({ name, part })
  }
  return issues.length > 0 ? err(issues) : ok(sheets)
}

/**
 * Why exceljs 4.4.0 would reject (throw) or silently truncate a sheet name; `null` if it keeps it.
 *
 * @example
 *   checkSheetName('Q1/2025') // => 'forbidden-character'
 *   checkSheetName('__proto__') // => null
 */
export function checkSheetName(name: string): InvalidSheetNameReason | null {
  if (name === '') return 'empty'
  if (name === 'History') return 'reserved'
  if (/[*?:/\\[\]]/.test(name)) return 'forbidden-character'
  if (/^'|'$/.test(name)) return 'edge-apostrophe'
  return name.length > 31 ? 'too-long' : null
}

function parseRelationships(xml: string): ReadonlyMap<string, Relationship> {
  const relationships = new Map<string, Relationship>()
  for (const tag of findStartTags(xml, 'Relationship')) {
    const attributes = parseXmlAttributes(tag)
    const id = attributes.get('Id')
    if (id === undefined || relationships.has(id)) continue
    relationships.set(id, {
      type: attributes.get('Type') ?? '',
      target: attributes.get('Target') ?? '',
      isExternal: attributes.get('TargetMode') === 'External',
    })
  }
  return relationships
}

/** Where exceljs looks for a workbook relationship's target (`xl/` + target without `/xl/`). */
function resolveTarget(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`
}

function checkSpecialParts(relationships: ReadonlyMap<string, Relationship>): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  for (const relationship of relationships.values()) {
    const expected = relationship.type.endsWith('/sharedStrings')
      ? SHARED_STRINGS_PART
      : relationship.type.endsWith('/styles')
        ? STYLES_PART
        : null
    if (expected !== null && resolveTarget(relationship.target) !== expected)
      issues.push({ code: 'unsupported-part-name', part: relationship.target })
    if (relationship.type.endsWith('/externalLink'))
      issues.push({ code: 'external-links-present', part: relationship.target })
  }
  return issues
}

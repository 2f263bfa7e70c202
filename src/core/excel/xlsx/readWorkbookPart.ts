import { err, ok, type Result } from '@core/result'
import type { SheetState } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { checkSheetName } from './checkSheetName'
import {
  attributeOf,
  namespacedAttributeOf,
  parseXmlPart,
  RELATIONSHIP_ATTRIBUTE_NAMESPACES,
  isSpreadsheetNamespace,
  StopXmlPart,
  type XmlTag,
} from './parseXmlPart'

/**
 * A worksheet listed in `xl/workbook.xml`, in tab order, with the part holding its cells.
 *
 * @example
 *   const sheet: WorkbookSheet = { name: 'Data', state: 'visible', part: 'xl/worksheets/sheet1.xml' }
 */
export type WorkbookSheet = { readonly name: string; readonly state: SheetState; readonly part: string }

/**
 * What the workbook part and its relationships say: the worksheets, the date system, and where
 * the shared strings and the styles are (`null` when the workbook has none).
 *
 * @example
 *   const structure: WorkbookStructure = { sheets: [], date1904: false, sharedStringsPart: null, stylesPart: null }
 */
export type WorkbookStructure = {
  readonly sheets: readonly WorkbookSheet[]
  readonly date1904: boolean
  readonly sharedStringsPart: string | null
  readonly stylesPart: string | null
}

/**
 * The workbook part.
 *
 * @example
 *   parts.get(WORKBOOK_PART)
 */
export const WORKBOOK_PART = 'xl/workbook.xml'
/**
 * The workbook's relationships: where each sheet's part is.
 *
 * @example
 *   parts.get(WORKBOOK_RELATIONSHIPS_PART)
 */
export const WORKBOOK_RELATIONSHIPS_PART = 'xl/_rels/workbook.xml.rels'

const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const STATES: readonly SheetState[] = ['visible', 'hidden', 'veryHidden']

type Relationship = { readonly type: string; readonly target: string; readonly isExternal: boolean }
type SheetEntry = {
  readonly name: string
  readonly sheetId: string
  readonly state: string
  readonly relationshipId: string
}

/**
 * Reads the sheet list and the workbook relationships with the tokenizer and checks them: names
 * Excel refuses (a name can never look like a path), duplicate names (case-insensitive) or sheet
 * ids, sheets whose part is missing, outside the package or shared with another sheet, macro
 * sheets and external links. Chart and dialog sheets are left out (no cells).
 *
 * @example
 *   readWorkbookPart(parts, limits) // => ok({ sheets: [{ name: 'Data', state: 'visible', part: 'xl/worksheets/sheet1.xml' }], date1904: false, … })
 */
export function readWorkbookPart(
  parts: ReadonlyMap<string, Uint8Array>,
  limits: WorkbookReadLimits,
): Result<WorkbookStructure, readonly WorkbookReadIssue[]> {
  const entries: SheetEntry[] = []
  const settings = { date1904: false }
  let sheetCount = 0
  const workbook = parseXmlPart(
    parts.get(WORKBOOK_PART) ?? new Uint8Array(),
    WORKBOOK_PART,
    limits.maxXmlDepth,
    {
      open: (tag, depth) => {
        if (!isSpreadsheetNamespace(tag.uri)) return
        if (depth === 2 && tag.local === 'workbookPr')
          settings.date1904 = isTrue(attributeOf(tag, 'date1904'))
        if (depth !== 3 || tag.local !== 'sheet') return
        // Counted to the end (a sheet entry is a few bytes), kept only up to the limit.
        sheetCount += 1
        if (sheetCount > limits.maxSheets) return
        entries.push({
          name: attributeOf(tag, 'name') ?? '',
          sheetId: attributeOf(tag, 'sheetId') ?? '',
          state: attributeOf(tag, 'state') ?? 'visible',
          relationshipId: relationshipIdOf(tag),
        })
      },
      close: () => {},
    },
  )
  if (!workbook.ok) return workbook
  if (sheetCount > limits.maxSheets)
    return err([{ code: 'too-many-sheets', count: sheetCount, limit: limits.maxSheets }])
  if (entries.length === 0) return err([{ code: 'no-sheets' }])
  const relationshipsData = parts.get(WORKBOOK_RELATIONSHIPS_PART)
  if (relationshipsData === undefined) return err([{ code: 'missing-workbook-relationships' }])
  const relationships = readRelationships(relationshipsData, WORKBOOK_RELATIONSHIPS_PART, limits)
  if (!relationships.ok) return relationships

  const issues: WorkbookReadIssue[] = []
  let sharedStringsPart: string | null = null
  let stylesPart: string | null = null
  for (const relationship of relationships.value.values()) {
    if (relationship.type.endsWith('/externalLink'))
      issues.push({ code: 'external-links-present', part: relationship.target })
    const isStrings = relationship.type.endsWith('/sharedStrings')
    if (!isStrings && !relationship.type.endsWith('/styles')) continue
    const part = relationship.isExternal ? null : resolveTarget(relationship.target)
    if (part === null || !parts.has(part)) {
      issues.push({ code: 'unsupported-part-name', part: relationship.target.slice(0, 200) })
      continue
    }
    if (isStrings) sharedStringsPart = part
    else stylesPart = part
  }

  const sheets: WorkbookSheet[] = []
  const [names, ids, sheetParts] = [new Set<string>(), new Set<string>(), new Set<string>()]
  for (const entry of entries) {
    const { name } = entry
    const nameProblem = checkSheetName(name)
    if (nameProblem !== null) issues.push({ code: 'invalid-sheet-name', sheet: name, reason: nameProblem })
    if (names.has(name.toLowerCase())) issues.push({ code: 'duplicate-sheet-name', sheet: name })
    names.add(name.toLowerCase())

    if (!/^[1-9][0-9]{0,4}$/.test(entry.sheetId) || Number(entry.sheetId) > 65_535)
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'bad-id' })
    else if (ids.has(entry.sheetId))
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'duplicate-id' })
    ids.add(entry.sheetId)

    const relationship = relationships.value.get(entry.relationshipId)
    if (relationship === undefined) {
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'missing-relationship' })
      continue
    }
    if (/\/xl(?:Intl)?Macrosheet$/.test(relationship.type))
      issues.push({ code: 'macros-present', part: relationship.target.slice(0, 200) })
    if (!relationship.type.endsWith('/worksheet')) continue
    const part = relationship.isExternal ? null : resolveTarget(relationship.target)
    if (part === null || !part.endsWith('.xml'))
      issues.push({ code: 'unsupported-part-name', part: relationship.target.slice(0, 200), sheet: name })
    else if (!parts.has(part)) issues.push({ code: 'missing-sheet-part', sheet: name, part })
    else if (sheetParts.has(part))
      issues.push({ code: 'invalid-sheet-entry', sheet: name, reason: 'duplicate-part' })
    else {
      sheetParts.add(part)
      sheets.push({ name, state: STATES.find((state) => state === entry.state) ?? 'visible', part })
    }
  }
  if (issues.length > 0) return err(issues)
  return ok({ sheets, date1904: settings.date1904, sharedStringsPart, stylesPart })
}

/** `1`, `true` and `on` (as XML Schema booleans and some writers have it). */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on'
}

function relationshipIdOf(tag: XmlTag): string {
  return namespacedAttributeOf(tag, RELATIONSHIP_ATTRIBUTE_NAMESPACES, 'id') ?? ''
}

function readRelationships(
  data: Uint8Array,
  part: string,
  limits: WorkbookReadLimits,
): Result<ReadonlyMap<string, Relationship>, readonly WorkbookReadIssue[]> {
  const relationships = new Map<string, Relationship>()
  const read = parseXmlPart(data, part, limits.maxXmlDepth, {
    open: (tag, depth) => {
      if (depth !== 2 || tag.local !== 'Relationship' || tag.uri !== PACKAGE_RELATIONSHIPS) return
      const id = attributeOf(tag, 'Id')
      if (id === undefined || relationships.has(id)) return
      if (relationships.size >= limits.maxEntries)
        throw new StopXmlPart([
          { code: 'too-many-entries', count: relationships.size + 1, limit: limits.maxEntries },
        ])
      relationships.set(id, {
        type: attributeOf(tag, 'Type') ?? '',
        target: attributeOf(tag, 'Target') ?? '',
        isExternal: attributeOf(tag, 'TargetMode') === 'External',
      })
    },
    close: () => {},
  })
  return read.ok ? ok(relationships) : read
}

/**
 * The part a workbook relationship points to: relative to `xl/`, or from the package root when
 * it starts with `/`; `null` when it leaves the package (`../../x`) or is not a plain part name.
 *
 * @example
 *   resolveTarget('worksheets/sheet1.xml') // => 'xl/worksheets/sheet1.xml'
 *   resolveTarget('/xl/worksheets/sheet1.xml') // => 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(target: string): string | null {
  const trimmed = target.trim()
  if (trimmed === '' || trimmed.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null
  const segments = trimmed.startsWith('/') ? [] : ['xl']
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.pop() === undefined) return null
    } else segments.push(segment)
  }
  return segments.length === 0 ? null : segments.join('/')
}

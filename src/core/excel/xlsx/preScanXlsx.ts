import { err, ok, type Result } from '@core/result'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { longestTextLength } from './longestTextLength'
import { readZipEntries, type ZipPart } from './readZipEntries'
import {
  scanWorkbookStructure,
  SHARED_STRINGS_PART,
  STYLES_PART,
  WORKBOOK_PART,
  WORKBOOK_RELATIONSHIPS_PART,
  type ScannedSheet,
} from './scanWorkbookStructure'
import { scanWorksheetPart } from './scanWorksheetPart'
import {
  decodeXmlPart,
  hasDocumentTypeDeclaration,
  hasInvalidXmlCharacter,
  rootElementName,
} from './xmlPartText'

/**
 * A file that passed `preScanXlsx`: its worksheets in tab order, and the decoded text of the only
 * parts the parser needs (workbook, its relationships, shared strings, styles, those worksheets).
 *
 * @example
 *   scan.value.sheets.map((sheet) => sheet.part) // => ['xl/worksheets/sheet1.xml']
 */
export type ScannedXlsx = {
  readonly sheets: readonly ScannedSheet[]
  readonly xml: ReadonlyMap<string, string>
}

/**
 * The package part listing content types; required.
 *
 * @example
 *   parts.has(CONTENT_TYPES_PART)
 */
export const CONTENT_TYPES_PART = '[Content_Types].xml'

const FLAGGED_PARTS: readonly {
  readonly pattern: RegExp
  readonly code: 'macros-present' | 'external-links-present' | 'activex-present' | 'embedded-objects-present'
}[] = [
  { pattern: /vbaProject\.bin$|vbaData\.xml$/i, code: 'macros-present' },
  {
    pattern: /(^|\/)externalLinks\/|^xl\/connections\.xml$|(^|\/)queryTables\//i,
    code: 'external-links-present',
  },
  { pattern: /(^|\/)activeX\//i, code: 'activex-present' },
  { pattern: /(^|\/)embeddings\//i, code: 'embedded-objects-present' },
]
const FLAGGED_CONTENT_TYPES: readonly {
  readonly pattern: RegExp
  readonly code: (typeof FLAGGED_PARTS)[number]['code']
}[] = [
  { pattern: /macroEnabled|vbaProject|ms-excel\.(?:intl)?macrosheet/i, code: 'macros-present' },
  { pattern: /externalLink/i, code: 'external-links-present' },
  { pattern: /activeX/i, code: 'activex-present' },
  { pattern: /oleObject/i, code: 'embedded-objects-present' },
]

/**
 * Checks an `.xlsx` before exceljs sees a single byte, and reports every problem as a value:
 * the zip (see `readZipEntries`), the package (content types and workbook present; no macros,
 * external links or data connections, ActiveX or embedded objects), every XML part (no DTD or
 * entity declarations; the parts the parser reads must also be strict UTF-8 without forbidden
 * characters or namespace prefixes exceljs ignores), the sheet list (see `scanWorkbookStructure`) and each worksheet's
 * size and merges (see `scanWorksheetPart`) against `limits`.
 *
 * @example
 *   const scan = preScanXlsx(bytes)
 *   if (!scan.ok) scan.error.map((issue) => issue.code) // => ['too-many-merges']
 */
export function preScanXlsx(
  bytes: Uint8Array,
  limits: WorkbookReadLimits = defaultWorkbookReadLimits,
): Result<ScannedXlsx, readonly WorkbookReadIssue[]> {
  const zip = readZipEntries(bytes, limits)
  if (!zip.ok) return zip
  const parts = new Map(zip.value.map((part) => [part.name, part.data]))
  const issues: WorkbookReadIssue[] = [...checkPackage(zip.value)]
  if (!parts.has(CONTENT_TYPES_PART)) issues.push({ code: 'missing-content-types' })
  if (!parts.has(WORKBOOK_PART)) issues.push({ code: 'missing-workbook-part' })
  if (issues.some((issue) => issue.code === 'missing-workbook-part')) return err(issues)

  const texts = new Map<string, string>()
  const decode = (name: string): void => {
    const data = parts.get(name)
    if (data === undefined) return
    const text = decodeXmlPart(data)
    if (!text.ok) return void issues.push({ code: 'unsupported-xml-encoding', part: name })
    issues.push(...checkXmlText(text.value, name))
    texts.set(name, text.value)
  }
  for (const name of [
    CONTENT_TYPES_PART,
    WORKBOOK_PART,
    WORKBOOK_RELATIONSHIPS_PART,
    SHARED_STRINGS_PART,
    STYLES_PART,
  ])
    decode(name)
  issues.push(...checkContentTypes(texts.get(CONTENT_TYPES_PART) ?? ''))
  if (issues.length > 0) return err(issues)

  const structure = scanWorkbookStructure(texts, new Set(parts.keys()), limits.maxSheets)
  if (!structure.ok) return structure
  structure.value.forEach((sheet) => decode(sheet.part))
  if (issues.length > 0) return err(issues)

  issues.push(...scanSizes(texts, structure.value, limits))
  return issues.length > 0 ? err(issues) : ok({ sheets: structure.value, xml: texts })
}

function checkPackage(parts: readonly ZipPart[]): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  for (const part of parts) {
    const flagged = FLAGGED_PARTS.find((entry) => entry.pattern.test(part.name))
    if (flagged !== undefined) issues.push({ code: flagged.code, part: part.name })
    if (/\.(xml|rels|vml)$/i.test(part.name) && containsDeclaration(part.data))
      issues.push({ code: 'xml-dtd-present', part: part.name })
  }
  return issues
}

function checkContentTypes(xml: string): WorkbookReadIssue[] {
  const codes = new Set(
    FLAGGED_CONTENT_TYPES.filter((entry) => entry.pattern.test(xml)).map((entry) => entry.code),
  )
  return [...codes].map((code) => ({ code, part: CONTENT_TYPES_PART }))
}

function checkXmlText(text: string, part: string): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  if (hasDocumentTypeDeclaration(text)) issues.push({ code: 'xml-dtd-present', part })
  if (hasInvalidXmlCharacter(text)) issues.push({ code: 'invalid-xml-character', part })
  if (rootElementName(text)?.includes(':') === true) issues.push({ code: 'unsupported-xml-prefix', part })
  return issues.filter((issue) => issue.code !== 'xml-dtd-present') // already reported from the raw bytes
}

const DECLARATIONS = ['<!DOCTYPE', '<!ENTITY'].map((text) =>
  Array.from(text, (character) => character.charCodeAt(0)),
)

/** Searches the raw bytes, so parts in any encoding (and parts never decoded) are covered too. */
function containsDeclaration(data: Uint8Array): boolean {
  for (let index = data.indexOf(0x3c); index !== -1; index = data.indexOf(0x3c, index + 1)) {
    if (data[index + 1] !== 0x21) continue
    if (DECLARATIONS.some((pattern) => pattern.every((byte, offset) => data[index + offset] === byte)))
      return true
  }
  return false
}

function scanSizes(
  texts: ReadonlyMap<string, string>,
  sheets: readonly ScannedSheet[],
  limits: WorkbookReadLimits,
): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  let [cells, gridCells] = [0, 0]
  const sharedStrings = [...(texts.get(SHARED_STRINGS_PART) ?? '').matchAll(/<si[\s>/]/g)].length
  for (const sheet of sheets) {
    const xml = texts.get(sheet.part) ?? ''
    const scan = scanWorksheetPart(xml, sheet.name, sheet.part, limits)
    issues.push(...scan.issues)
    if (scan.malformedSharedString !== null) {
      issues.push({
        code: 'invalid-shared-string-reference',
        part: sheet.part,
        sheet: sheet.name,
        index: scan.malformedSharedString,
        count: sharedStrings,
      })
    } else if (scan.highestSharedString >= sharedStrings) {
      issues.push({
        code: 'invalid-shared-string-reference',
        part: sheet.part,
        sheet: sheet.name,
        index: scan.highestSharedString,
        count: sharedStrings,
      })
    }
    cells += scan.cells
    gridCells += scan.gridCells
  }
  if (cells > limits.maxCells) issues.push({ code: 'too-many-cells', count: cells, limit: limits.maxCells })
  if (gridCells > limits.maxGridCells)
    issues.push({ code: 'grid-too-large', count: gridCells, limit: limits.maxGridCells })
  for (const part of [SHARED_STRINGS_PART, ...sheets.map((sheet) => sheet.part)]) {
    const length = longestTextLength(texts.get(part) ?? '')
    if (length > limits.maxTextLength)
      issues.push({ code: 'text-too-long', part, length, limit: limits.maxTextLength })
  }
  return issues
}

import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { attributeOf, parseXmlPart } from './parseXmlPart'

/**
 * The package part listing content types; required.
 *
 * @example
 *   parts.has(CONTENT_TYPES_PART)
 */
export const CONTENT_TYPES_PART = '[Content_Types].xml'

type FlagCode = 'macros-present' | 'external-links-present' | 'activex-present' | 'embedded-objects-present'

const FLAGGED_PARTS: readonly { readonly pattern: RegExp; readonly code: FlagCode }[] = [
  { pattern: /vbaProject\.bin$|vbaData\.xml$/i, code: 'macros-present' },
  {
    pattern: /(^|\/)externalLinks\/|^xl\/connections\.xml$|(^|\/)queryTables\//i,
    code: 'external-links-present',
  },
  { pattern: /(^|\/)activeX\//i, code: 'activex-present' },
  { pattern: /(^|\/)embeddings\//i, code: 'embedded-objects-present' },
]
/** Tested on each `ContentType` attribute value the tokenizer reads, not on the XML text. */
const FLAGGED_CONTENT_TYPES: readonly { readonly pattern: RegExp; readonly code: FlagCode }[] = [
  { pattern: /macroEnabled|vbaProject|ms-excel\.(?:intl)?macrosheet/i, code: 'macros-present' },
  { pattern: /externalLink/i, code: 'external-links-present' },
  { pattern: /activeX/i, code: 'activex-present' },
  { pattern: /oleObject/i, code: 'embedded-objects-present' },
]

const DECLARATIONS = ['<!DOCTYPE', '<!ENTITY'].map((text) =>
  Array.from(text, (character) => character.charCodeAt(0)),
)

/**
 * Checks the package before any cell is read: no macros, external links or data connections,
 * ActiveX controls or embedded objects (by part name, and by the content types the tokenizer
 * reads from `[Content_Types].xml`), and no DTD or entity declaration in any XML part, VML
 * included, even parts the reader never opens (a byte search: any encoding is covered).
 *
 * @example
 *   checkPackage(parts, limits) // => [{ code: 'macros-present', part: 'xl/vbaProject.bin' }]
 */
export function checkPackage(
  parts: ReadonlyMap<string, Uint8Array>,
  limits: WorkbookReadLimits,
): WorkbookReadIssue[] {
  const issues: WorkbookReadIssue[] = []
  for (const [name, data] of parts) {
    const flagged = FLAGGED_PARTS.find((entry) => entry.pattern.test(name))
    if (flagged !== undefined) issues.push({ code: flagged.code, part: name })
    if (/\.(xml|rels|vml)$/i.test(name) && containsDeclaration(data))
      issues.push({ code: 'xml-dtd-present', part: name })
  }
  const contentTypes = parts.get(CONTENT_TYPES_PART)
  if (
    contentTypes === undefined ||
    issues.some((issue) => 'part' in issue && issue.part === CONTENT_TYPES_PART)
  )
    return issues
  const codes = new Set<FlagCode>()
  const read = parseXmlPart(contentTypes, CONTENT_TYPES_PART, limits.maxXmlDepth, {
    open: (tag) => {
      const type = attributeOf(tag, 'ContentType')
      if (type === undefined) return
      for (const entry of FLAGGED_CONTENT_TYPES) if (entry.pattern.test(type)) codes.add(entry.code)
    },
    close: () => {},
  })
  if (!read.ok) issues.push(...read.error)
  issues.push(...[...codes].map((code) => ({ code, part: CONTENT_TYPES_PART })))
  return issues
}

/**
 * Searches the raw bytes, so parts in any encoding (and parts never decoded) are covered too.
 * It looks for `!` (rare in SpreadsheetML) and checks the `<` before it, instead of stopping at
 * every `<` of every tag.
 */
function containsDeclaration(data: Uint8Array): boolean {
  for (let bang = data.indexOf(0x21, 1); bang !== -1; bang = data.indexOf(0x21, bang + 1)) {
    const index = bang - 1
    if (data[index] !== 0x3c) continue
    if (DECLARATIONS.some((pattern) => pattern.every((byte, offset) => data[index + offset] === byte)))
      return true
  }
  return false
}

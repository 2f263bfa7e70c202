import { SaxesParser } from 'saxes'
import { err, ok, type Result } from '@core/result'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { decodeXmlPart } from './xmlPartText'

/**
 * One start tag as the tokenizer read it: the element's local name and namespace URI (prefixes
 * such as `x:c` resolved), and its attributes by qualified name (a null-prototype record), with
 * entities and character references decoded, whichever quote style the file used.
 * `namespaceOf` resolves an attribute's prefix while the tag is being handled.
 *
 * @example
 *   const tag: XmlTag = { local: 'c', uri: SPREADSHEET_NAMESPACES[0], attributes: { r: 'A1' }, namespaceOf: () => undefined }
 */
export type XmlTag = {
  readonly local: string
  readonly uri: string
  readonly attributes: Readonly<Record<string, string>>
  readonly namespaceOf: (prefix: string) => string | undefined
}

/**
 * What a part reader does with the tokens of one part, in document order. `open` and `close`
 * get the element depth (the root is 1). Throwing `StopXmlPart` ends the part at once, for a
 * limit that is already exceeded.
 *
 * @example
 *   const handler: XmlPartHandler = { open: (tag) => void seen.push(tag.local), close: () => {} }
 */
export type XmlPartHandler = {
  readonly open: (tag: XmlTag, depth: number) => void
  readonly close: (tag: XmlTag, depth: number) => void
  /**
   * Character data, CDATA sections included, possibly in several pieces. A reader that needs no
   * text leaves it out, and the tokenizer then builds none (it still checks every character).
   */
  readonly text?: (text: string) => void
}

/**
 * Thrown by a handler to stop reading a part; the issues it holds are reported.
 *
 * @example
 *   throw new StopXmlPart([{ code: 'too-many-cells', count, limit }])
 */
export class StopXmlPart extends Error {
  constructor(readonly issues: readonly WorkbookReadIssue[]) {
    super('stopped')
  }
}

/**
 * The SpreadsheetML main namespaces: transitional (what Excel saves by default) and Strict Open
 * XML (`purl.oclc.org`). Both have the same element names.
 *
 * @example
 *   SPREADSHEET_NAMESPACES.includes(tag.uri) // => true for <c> and <x:c>
 */
export const SPREADSHEET_NAMESPACES: readonly string[] = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]

/**
 * Whether `uri` is one of `SPREADSHEET_NAMESPACES` (a tag's `uri` is then that very string, so
 * this is two identity tests on every tag).
 *
 * @example
 *   isSpreadsheetNamespace(tag.uri) // => true for <c> and <x:c>
 */
export function isSpreadsheetNamespace(uri: string): boolean {
  return uri === SPREADSHEET_NAMESPACES[0] || uri === SPREADSHEET_NAMESPACES[1]
}

/**
 * The relationships namespace of attributes such as `r:id`, transitional and Strict.
 *
 * @example
 *   RELATIONSHIP_ATTRIBUTE_NAMESPACES.includes(attribute.uri)
 */
export const RELATIONSHIP_ATTRIBUTE_NAMESPACES: readonly string[] = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]

/**
 * The value of an attribute without a prefix (`r="A1"`, `r='A1'`), decoded; `undefined` if absent.
 *
 * @example
 *   attributeOf(tag, 'r') // => 'A1'
 */
export function attributeOf(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name]
}

/**
 * The value of the first attribute called `local` in one of the namespaces `uris` (`r:id`
 * whatever its prefix); `undefined` if none.
 *
 * @example
 *   namespacedAttributeOf(tag, RELATIONSHIP_ATTRIBUTE_NAMESPACES, 'id') // => 'rId1'
 */
export function namespacedAttributeOf(
  tag: XmlTag,
  uris: readonly string[],
  local: string,
): string | undefined {
  for (const name in tag.attributes) {
    const colon = name.indexOf(':')
    if (colon <= 0 || name.slice(colon + 1) !== local) continue
    const uri = tag.namespaceOf(name.slice(0, colon))
    if (uri !== undefined && uris.includes(uri)) return tag.attributes[name]
  }
  return undefined
}

/**
 * Tokenises one XML part once with saxes (a maintained, streaming, non-validating XML 1.0
 * tokenizer; decision 0011) and hands every start tag, end tag and text to `handler`: both quote
 * styles, character and entity references, CDATA, namespace prefixes and whitespace variants are
 * the tokenizer's business, never patterns. Refused with a specific issue: a non-UTF-8 part
 * (`unsupported-xml-encoding`), a DTD or entity declaration (`xml-dtd-present`: no entity is ever
 * expanded, no external resource fetched), characters XML forbids (`invalid-xml-character`),
 * nesting deeper than `maxDepth` (`xml-too-deep`), anything else malformed
 * (`unreadable-workbook` with the tokenizer's message), and whatever the handler stops on.
 *
 * @example
 *   parseXmlPart(bytes, 'xl/workbook.xml', 100, handler) // => { ok: true, value: undefined }
 */
export function parseXmlPart(
  data: Uint8Array,
  part: string,
  maxDepth: number,
  handler: XmlPartHandler,
): Result<void, readonly WorkbookReadIssue[]> {
  const text = decodeXmlPart(data)
  if (!text.ok) return err([{ code: 'unsupported-xml-encoding', part }])
  // Namespaces are resolved here, not by saxes (its namespace mode costs three times the parse):
  // the declarations in scope, innermost last, each with the depth of the element declaring it.
  const parser = new SaxesParser({ position: false })
  const declared: { readonly depth: number; readonly prefix: string; readonly uri: string }[] = [
    { depth: 0, prefix: 'xml', uri: 'http://www.w3.org/XML/1998/namespace' },
    { depth: 0, prefix: '', uri: '' },
  ]
  const namespaceOf = (prefix: string): string | undefined => {
    for (let index = declared.length - 1; index >= 0; index -= 1)
      if (declared[index]?.prefix === prefix) return declared[index]?.uri
    return undefined
  }
  // The default namespace of unprefixed elements (almost every tag), looked up again only when a
  // declaration comes into or goes out of scope.
  let scopeChanged = true
  let defaultUri: string | undefined = ''
  const open: XmlTag[] = []
  let depth = 0
  // `xmlns` declarations are caught as saxes reports each attribute of the tag being read (before
  // its `opentag`), so no tag's attribute record is walked again to look for them.
  let pending: { readonly prefix: string; readonly uri: string }[] | null = null
  parser.on('attribute', (attribute) => {
    const name = attribute.name
    if (name.charCodeAt(0) === 0x78 && (name === 'xmlns' || name.startsWith('xmlns:')))
      (pending ??= []).push({
        prefix: name === 'xmlns' ? '' : name.slice(6),
        uri: canonicalUri(attribute.value),
      })
  })
  // The XML declaration's encoding is checked at the next event after it (the root's start tag, a
  // doctype or an error), read from the parser rather than from an `xmldecl` handler: an eighth
  // handler turns saxes's parser into a slow dictionary-mode object in V8 (twice the parse time).
  const checkEncoding = (): void => {
    const encoding = parser.xmlDecl.encoding
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
      throw new StopXmlPart([{ code: 'unsupported-xml-encoding', part }])
  }
  parser.on('doctype', () => {
    checkEncoding()
    throw new StopXmlPart([{ code: 'xml-dtd-present', part }])
  })
  parser.on('error', (error) => {
    checkEncoding()
    throw new StopXmlPart([toIssue(error.message, part)])
  })
  parser.on('opentag', (tag) => {
    depth += 1
    if (depth === 1) checkEncoding()
    if (depth > maxDepth) throw new StopXmlPart([{ code: 'xml-too-deep', part, depth, limit: maxDepth }])
    if (pending !== null) {
      for (const declaration of pending) declared.push({ depth, ...declaration })
      pending = null
      scopeChanged = true
    }
    const name = tag.name
    const colon = name.indexOf(':')
    let uri: string | undefined
    if (colon < 0) {
      if (scopeChanged) {
        defaultUri = namespaceOf('')
        scopeChanged = false
      }
      uri = defaultUri
    } else uri = namespaceOf(name.slice(0, colon))
    if (uri === undefined)
      throw new StopXmlPart([toIssue(`unbound namespace prefix: "${name.slice(0, colon)}".`, part)])
    const element: XmlTag = {
      local: colon < 0 ? name : name.slice(colon + 1),
      uri,
      attributes: tag.attributes as Record<string, string>,
      namespaceOf,
    }
    open.push(element)
    handler.open(element, depth)
  })
  parser.on('closetag', () => {
    const element = open.pop()
    if (element !== undefined) handler.close(element, depth)
    while ((declared[declared.length - 1]?.depth ?? 0) >= depth) {
      declared.pop()
      scopeChanged = true
    }
    depth -= 1
  })
  // Every parser gets the same handlers in the same order, then those it does not need are unset
  // (`off` leaves the slot, undefined): parsers of one shape keep saxes's code monomorphic, which
  // measured three times faster than a mix of parsers with and without a text handler.
  const onText = handler.text ?? ignoreText
  parser.on('text', onText)
  parser.on('cdata', onText)
  if (handler.text === undefined) {
    parser.off('text')
    parser.off('cdata')
  }
  try {
    parser.write(text.value).close()
    return ok(undefined)
  } catch (error) {
    if (error instanceof StopXmlPart) return err(error.issues)
    return err([toIssue(error instanceof Error ? error.message : String(error), part)])
  }
}

const ignoreText = (): void => {}

const KNOWN_URIS: readonly string[] = [...SPREADSHEET_NAMESPACES, ...RELATIONSHIP_ATTRIBUTE_NAMESPACES]

/**
 * A declared namespace URI as one of the constants above when it is one (the same string, not
 * just an equal one), so the readers' namespace tests on every tag compare by identity.
 */
function canonicalUri(uri: string): string {
  for (const known of KNOWN_URIS) if (known === uri) return known
  return uri
}

function toIssue(message: string, part: string): WorkbookReadIssue {
  if (/disallowed character|character entity/.test(message)) return { code: 'invalid-xml-character', part }
  return { code: 'unreadable-workbook', message: `${part}: ${message}`.slice(0, 300) }
}

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
 *   const handler: XmlPartHandler = { open: (tag) => void seen.push(tag.local), close: () => {}, text: () => {} }
 */
export type XmlPartHandler = {
  readonly open: (tag: XmlTag, depth: number) => void
  readonly close: (tag: XmlTag, depth: number) => void
  /** Character data, CDATA sections included, possibly in several pieces. */
  readonly text: (text: string) => void
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
  parser.on('xmldecl', (declaration) => {
    if (declaration.encoding !== undefined && !/^utf-?8$/i.test(declaration.encoding))
      throw new StopXmlPart([{ code: 'unsupported-xml-encoding', part }])
  })
  parser.on('doctype', () => {
    throw new StopXmlPart([{ code: 'xml-dtd-present', part }])
  })
  parser.on('error', (error) => {
    throw new StopXmlPart([toIssue(error.message, part)])
  })
  parser.on('opentag', (tag) => {
    depth += 1
    if (depth > maxDepth) throw new StopXmlPart([{ code: 'xml-too-deep', part, depth, limit: maxDepth }])
    const attributes = tag.attributes as Record<string, string>
    for (const name in attributes)
      if (name.charCodeAt(0) === 0x78 && (name === 'xmlns' || name.startsWith('xmlns:'))) {
        declared.push({ depth, prefix: name === 'xmlns' ? '' : name.slice(6), uri: attributes[name] ?? '' })
        scopeChanged = true
      }
    const colon = tag.name.indexOf(':')
    if (colon < 0 && scopeChanged) {
      defaultUri = namespaceOf('')
      scopeChanged = false
    }
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon)
    const uri = colon < 0 ? defaultUri : namespaceOf(prefix)
    if (uri === undefined) throw new StopXmlPart([toIssue(`unbound namespace prefix: "${prefix}".`, part)])
    const element: XmlTag = {
      local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      uri,
      attributes,
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
  parser.on('text', handler.text)
  parser.on('cdata', handler.text)
  try {
    parser.write(text.value).close()
    return ok(undefined)
  } catch (error) {
    if (error instanceof StopXmlPart) return err(error.issues)
    return err([toIssue(error instanceof Error ? error.message : String(error), part)])
  }
}

function toIssue(message: string, part: string): WorkbookReadIssue {
  if (/disallowed character|character entity/.test(message)) return { code: 'invalid-xml-character', part }
  return { code: 'unreadable-workbook', message: `${part}: ${message}`.slice(0, 300) }
}

import { err, ok, type Result } from '@core/result'
import { decodeUtf8 } from './utf8'

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Decodes an XML part as strict UTF-8 (what Excel writes and exceljs assumes). UTF-16 parts and
 * invalid byte sequences are refused rather than silently turned into U+FFFD.
 *
 * @example
 *   decodeXmlPart(new TextEncoder().encode('<a/>')) // => { ok: true, value: '<a/>' }
 */
export function decodeXmlPart(bytes: Uint8Array): Result<string, 'unsupported-encoding'> {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte)
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes[0] === 0 ||
    bytes[1] === 0
  if (isUtf16 && bytes.length > 1) return err('unsupported-encoding')
  const text = decodeUtf8(hasBom ? bytes.subarray(3) : bytes, { fatal: true })
  return text === null ? err('unsupported-encoding') : ok(text)
}

// Characters XML 1.0 does not allow (lone surrogates cannot survive strict UTF-8 decoding).
// eslint-disable-next-line no-control-regex
const INVALID_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const CHARACTER_REFERENCE = /&#(x[0-9A-Fa-f]+|[0-9]+);/g

const isXmlCharacter = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff)

/**
 * Whether XML text holds a character XML 1.0 forbids, raw or as a character reference
 * (`&#0;`, `&#xFFFE;`…): exceljs would stop with a raw parser error, or keep it and write a file
 * nothing can read.
 *
 * @example
 *   hasInvalidXmlCharacter('<t>a&#x1;b</t>') // => true
 *   hasInvalidXmlCharacter('<t>a&#xA;b</t>') // => false
 */
export function hasInvalidXmlCharacter(text: string): boolean {
  if (INVALID_CHARACTER.test(text)) return true
  for (const match of text.matchAll(CHARACTER_REFERENCE)) {
    const digits = match[1] ?? ''
    const code = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10)
    if (digits.length > 8 || !isXmlCharacter(code)) return true
  }
  return false
}

/**
 * Whether XML text declares a DTD or entities: entity expansion (billion laughs), external
 * entities (XXE) and DTD retrieval all start here, and no part of an xlsx needs one.
 *
 * @example
 *   hasDocumentTypeDeclaration('<!DOCTYPE x [<!ENTITY a "b">]><x/>') // => true
 */
export function hasDocumentTypeDeclaration(text: string): boolean {
  return text.includes('<!DOCTYPE') || text.includes('<!ENTITY')
}

/**
 * The qualified name of the root element (`worksheet`, `x:worksheet`), skipping the XML
 * declaration, comments and processing instructions; `null` when there is none.
 *
 * @example
 *   rootElementName('<?xml version="1.0"?><x:worksheet xmlns:x="…">') // => 'x:worksheet'
 */
export function rootElementName(text: string): string | null {
  const match = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w.:-]*)/.exec(text.slice(0, 4096))
  return match?.[1] ?? null
}

// Builders for hand-made and deliberately broken .xlsx files, for tests only (nothing is committed:
// every hostile file is generated, see docs/reliability.md §5.1).
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate'
import { crc32 } from '@core/excel/xlsx/crc32'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A sheet of `aPackage`: its `<sheetData>` (or whole worksheet XML when it starts with `<?xml`). */
export type PackageSheet = {
  readonly name: string
  readonly xml: string
  readonly state?: string
  readonly part?: string
  readonly sheetId?: string
  /** The relationship type's last segment; default `worksheet`. */
  readonly kind?: string
}

/**
 * A minimal, valid .xlsx written by hand (as other programs write them: inline strings, no shared
 * strings unless given), with optional extra or replaced parts.
 *
 * @example
 *   const bytes = aPackage({ sheets: [{ name: 'Data', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' }] })
 */
export function aPackage(options: {
  readonly sheets: readonly PackageSheet[]
  readonly sharedStrings?: string
  readonly styles?: string
  readonly workbookPr?: string
  readonly workbookExtra?: string
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>
  readonly omit?: readonly string[]
}): Uint8Array {
  const sheetParts = options.sheets.map((sheet, index) => sheet.part ?? `worksheets/sheet${index + 1}.xml`)
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${options.workbookPr ?? ''}<sheets>${options.sheets
      .map(
        (sheet, index) =>
          `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${sheet.sheetId ?? index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
      )
      .join('')}</sheets>${options.workbookExtra ?? ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetParts
      .map(
        (part, index) =>
          `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIP_TYPE}/${options.sheets[index]?.kind ?? 'worksheet'}" Target="${part}"/>`,
      )
      .join(
        '',
      )}${options.sharedStrings === undefined ? '' : `<Relationship Id="rIdS" Type="${RELATIONSHIP_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`}${options.styles === undefined ? '' : `<Relationship Id="rIdT" Type="${RELATIONSHIP_TYPE}/styles" Target="styles.xml"/>`}</Relationships>`,
  }
  options.sheets.forEach((sheet, index) => {
    files[`xl/${sheetParts[index] ?? ''}`] = sheet.xml.startsWith('<?xml') ? sheet.xml : aWorksheet(sheet.xml)
  })
  if (options.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = options.sharedStrings
  if (options.styles !== undefined) files['xl/styles.xml'] = options.styles
  Object.assign(files, options.extraParts ?? {})
  for (const name of options.omit ?? []) delete files[name]
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]),
    ),
  )
}

/** A worksheet part around some body XML (`<dimension>`, `<sheetData>`, `<mergeCells>`…). */
export function aWorksheet(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${body}</worksheet>`
}

/** A shared-strings part holding `strings` (already XML-escaped). */
export function aSharedStrings(strings: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`
}

/** A styles part whose cellXfs are: 0 general, 1 built-in date (14), 2 `dd/mm/yyyy`, 3 unlocked. */
export const STYLES_WITH_DATES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs></styleSheet>`

/**
 * Unzips, lets `edit` change the parts (text or bytes; `undefined` deletes), and zips again.
 *
 * @example
 *   editParts(bytes, (parts) => { parts.set('xl/vbaProject.bin', new Uint8Array(10)) })
 */
export function editParts(
  bytes: Uint8Array,
  edit: (parts: Map<string, string | Uint8Array | undefined>) => void,
): Uint8Array {
  const parts = new Map<string, string | Uint8Array | undefined>(Object.entries(unzipSync(bytes)))
  edit(parts)
  const files: Record<string, Uint8Array> = {}
  for (const [name, data] of parts)
    if (data !== undefined) files[name] = typeof data === 'string' ? strToU8(data) : data
  return zipSync(files)
}

/** The text of one part of a zip. */
export function partText(bytes: Uint8Array, name: string): string {
  const data = unzipSync(bytes)[name]
  return data === undefined ? '' : new TextDecoder().decode(data)
}

/** An entry of `rawZip`, whose declared fields can lie. */
export type RawZipEntry = {
  readonly name: string
  readonly content: Uint8Array
  readonly method?: 0 | 8
  readonly declaredSize?: number
  readonly crc?: number
  readonly flags?: number
  readonly nameBytes?: Uint8Array
  /** Stored as is instead of compressing `content` (CRC and size still describe `content` unless given). */
  readonly compressed?: Uint8Array
  readonly declaredMethod?: number
  /** Declares sizes as 0xFFFFFFFF in the central directory, with the real ones in a zip64 extra field. */
  readonly zip64?: boolean
}

/**
 * A zip written byte by byte, so that names, sizes, CRCs, flags and entry counts can be anything.
 *
 * @example
 *   rawZip([{ name: 'a.xml', content: strToU8('<a/>'), declaredSize: 1 }]) // declared size lies
 */
export function rawZip(
  entries: readonly RawZipEntry[],
  options: { readonly declaredCount?: number } = {},
): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const method = entry.method ?? 8
    const data = entry.compressed ?? (method === 8 ? deflateSync(entry.content) : entry.content)
    const name = entry.nameBytes ?? strToU8(entry.name)
    const crc = entry.crc ?? crc32(entry.content)
    const declaredMethod = entry.declaredMethod ?? method
    const size = entry.declaredSize ?? entry.content.length
    const flags = entry.flags ?? 0
    const local = header(
      30 + name.length,
      (view) => {
        view.setUint32(0, 0x04034b50, true)
        view.setUint16(4, 20, true)
        view.setUint16(6, flags, true)
        view.setUint16(8, declaredMethod, true)
        view.setUint32(14, crc, true)
        view.setUint32(18, data.length, true)
        view.setUint32(22, size, true)
        view.setUint16(26, name.length, true)
      },
      name,
    )
    const extra = entry.zip64 === true ? zip64Extra(size, data.length) : new Uint8Array()
    central.push(
      header(
        46 + name.length + extra.length,
        (view) => {
          view.setUint32(0, 0x02014b50, true)
          view.setUint16(4, 20, true)
          view.setUint16(6, 20, true)
          view.setUint16(8, flags, true)
          view.setUint16(10, declaredMethod, true)
          view.setUint32(16, crc, true)
          view.setUint32(20, entry.zip64 === true ? 0xffffffff : data.length, true)
          view.setUint32(24, entry.zip64 === true ? 0xffffffff : size, true)
          view.setUint16(28, name.length, true)
          view.setUint16(30, extra.length, true)
          view.setUint32(42, offset, true)
        },
        concat([name, extra]),
      ),
    )
    chunks.push(local, data)
    offset += local.length + data.length
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0)
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true)
    view.setUint16(8, options.declaredCount ?? entries.length, true)
    view.setUint16(10, options.declaredCount ?? entries.length, true)
    view.setUint32(12, centralSize, true)
    view.setUint32(16, offset, true)
  })
  return concat([...chunks, ...central, end])
}

function zip64Extra(size: number, compressedSize: number): Uint8Array {
  return header(20, (view) => {
    view.setUint16(0, 0x0001, true)
    view.setUint16(2, 16, true)
    view.setBigUint64(4, BigInt(size), true)
    view.setBigUint64(12, BigInt(compressedSize), true)
  })
}

function header(length: number, fill: (view: DataView) => void, name?: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(length)
  fill(new DataView(bytes.buffer))
  if (name !== undefined) bytes.set(name, length - name.length)
  return bytes
}

/** Joins byte arrays. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    result.set(chunk, offset)
    offset += chunk.length
  }
  return result
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

/**
 * The own keys of `Object.prototype`, to check that nothing was added while reading hostile files.
 *
 * @example
 *   const before = prototypeKeys(); await readWorkbook(bytes); expect(prototypeKeys()).toEqual(before)
 */
export function prototypeKeys(): readonly string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort()
}

/**
 * A real deflate stream of `1 + 258 × repeats` spaces, built directly (one literal, then
 * maximum-length matches in a fixed-Huffman block), so bombs of any size cost nothing to make.
 *
 * @example
 *   inflateSync(spaceBomb(4)).length // => 1033
 */
export function spaceBomb(repeats: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 1)
  let bit = 0
  const put = (value: number, length: number): void => {
    for (let index = 0; index < length; index += 1, bit += 1) {
      if ((value >>> index) & 1) bytes[bit >>> 3] = (bytes[bit >>> 3] ?? 0) | (1 << (bit & 7))
    }
  }
  const putCode = (code: number, length: number): void => {
    for (let index = length - 1; index >= 0; index -= 1) put((code >>> index) & 1, 1)
  }
  put(1, 1) // final block
  put(1, 2) // fixed Huffman codes
  putCode(0x30 + 0x20, 8) // literal ' '
  for (let index = 0; index < repeats; index += 1) {
    putCode(0b11000101, 8) // length 258
    putCode(0, 5) // distance 1
  }
  putCode(0, 7) // end of block
  return bytes.subarray(0, Math.ceil(bit / 8))
}

// The XML-level hostile corpus of issue #15 item 6 (docs/xlsx-reader.md): files that a
// pattern-based pre-scan read wrongly, generated from our own filled questionnaire template
// (nothing downloaded, nothing committed). Test data only. `xmlHostileCorpus` must be refused with
// one of each case's codes; `harmlessXmlCorpus` holds legal XML variants that must import with
// exactly the answers of the base file.
import { strToU8 } from 'fflate'
import { concat, editParts } from '@core/excel/xlsx/testing/xlsxPackage'
import type { CorpusBase, HostileCase } from './hostileCase'

const SECTION = 'xl/worksheets/sheet2.xml'
const OTHER_SECTION = 'xl/worksheets/sheet3.xml'
const SHARED = 'xl/sharedStrings.xml'
const STYLES = 'xl/styles.xml'
const WORKBOOK = 'xl/workbook.xml'
const RELATIONSHIPS = 'xl/_rels/workbook.xml.rels'
const CONTENT_TYPES = '[Content_Types].xml'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main'
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships'
const D2 = /<c r="D2"[^>]*>(?:.*?<\/c>)?|<c r="D2"[^>]*\/>/
const D3 = /<c r="D3"[^>]*>(?:.*?<\/c>)?|<c r="D3"[^>]*\/>/
const C2 = /<c r="C2"[^>]*>(?:.*?<\/c>)?|<c r="C2"[^>]*\/>/

const text = (data: string | Uint8Array | undefined): string =>
  typeof data === 'string' ? data : new TextDecoder().decode(data ?? new Uint8Array())

/** The base with some parts rewritten (a function of the part's text) or added. */
const edit = (
  base: Uint8Array,
  changes: Readonly<Record<string, (xml: string) => string | Uint8Array | undefined>>,
): Uint8Array =>
  editParts(base, (parts) => {
    for (const [name, change] of Object.entries(changes)) parts.set(name, change(text(parts.get(name))))
  })

/** Every XML part of the base rewritten by `change`. */
const editAll = (base: Uint8Array, change: (xml: string, name: string) => string): Uint8Array =>
  editParts(base, (parts) => {
    for (const [name, data] of parts)
      if (/\.(xml|rels)$/.test(name)) parts.set(name, change(text(data), name))
  })

const singleQuoted = (xml: string): string => xml.replace(/="([^"']*)"/g, "='$1'")

/** Every element of a part written with the prefix `x:` bound to the SpreadsheetML namespace. */
const prefixed = (xml: string, root: string): string =>
  xml
    .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, '<$1x:$2')
    .replace(`<x:${root} `, `<x:${root} xmlns:x="${MAIN}" `)

const utf16 = (xml: string, bigEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + xml.length * 2)
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let index = 0; index < xml.length; index += 1) {
    const code = xml.charCodeAt(index)
    bytes[2 + index * 2] = bigEndian ? code >> 8 : code & 0xff
    bytes[3 + index * 2] = bigEndian ? code & 0xff : code >> 8
  }
  return bytes
}

const rows = (from: number, to: number, row: (index: number) => string): string => {
  const pieces: string[] = []
  for (let index = from; index <= to; index += 1) pieces.push(row(index))
  return pieces.join('')
}

const DOCTYPE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
const withDoctype = (xml: string): string =>
  xml.startsWith('<?xml') ? xml.replace('?>', `?>${DOCTYPE}`) : `${DOCTYPE}${xml}`
const nested = (depth: number): string => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`

/**
 * The XML-level kinds refused with a specific code (at least three variants each).
 *
 * @example
 *   xmlHostileCorpus(base).map((entry) => entry.kind) // => ['single-quoted attributes', …]
 */
export function xmlHostileCorpus(base: CorpusBase): readonly HostileCase[] {
  const b = base.bytes
  const cases: HostileCase[] = []
  const add = (
    kind: string,
    expected: readonly string[],
    variants: Readonly<Record<string, () => Uint8Array>>,
  ) => {
    for (const [variant, bytes] of Object.entries(variants)) cases.push({ kind, variant, expected, bytes })
  }
  const answer = (cell: string) => () => edit(b, { [SECTION]: (xml) => xml.replace(D2, cell) })
  const inRow2 = (cells: string) => () =>
    edit(b, { [SECTION]: (xml) => xml.replace(/(<row r="2"[^>]*>)/, `$1${cells}`) })
  const afterRows = (more: string) => () =>
    edit(b, { [SECTION]: (xml) => xml.replace('</sheetData>', `${more}</sheetData>`) })

  add('single-quoted attributes', ['sheet-too-large', 'invalid-answer'], {
    // As in the issue: 1.5 MB of single-quoted rows and cells, past the row limit.
    '1.5 MB row bomb': afterRows(
      rows(10, 150_000, (index) =>
        index % 8 === 0
          ? `<row r='${index}'><c r='B${index}'><v>${index % 97}</v></c></row>`
          : `<row r='${index}'/>`,
      ),
    ),
    'far cell': inRow2("<c r='XFD2'><v>1</v></c>"),
    'shared formula in the answer': answer("<c r='D2' s='10'><f t='shared' si='77'/><v>95</v></c>"),
  })
  add('">" inside attribute values', ['invalid-answer', 'sheet-too-large', 'unexpected-merge'], {
    'formula after it': answer('<c r="D2" s="10" title="a>b"><f>1+1</f><v>2</v></c>'),
    'far cell after it': inRow2('<c r="XFD2" title=">"><v>1</v></c>'),
    'merge after it': () =>
      edit(b, {
        [SECTION]: (xml) =>
          xml.replace(
            '</sheetData>',
            '</sheetData><mergeCells><mergeCell title="x>y" ref="D2:E3"/></mergeCells>',
          ),
      }),
  })
  add('x: namespace prefixes', ['invalid-answer', 'sheet-too-large'], {
    formula: () =>
      edit(b, {
        [SECTION]: (xml) =>
          prefixed(xml.replace(D2, '<c r="D2" s="10"><f>SUM(1,1)</f><v>2</v></c>'), 'worksheet'),
      }),
    'far cell': () =>
      edit(b, {
        [SECTION]: (xml) =>
          prefixed(xml.replace('</sheetData>', '<row r="5"><c r="XFD5"/></row></sheetData>'), 'worksheet'),
      }),
    'orphan shared formula': () =>
      edit(b, {
        [SECTION]: (xml) =>
          prefixed(xml.replace(D2, '<c r="D2" s="10"><f t="shared" si="3"/><v>95</v></c>'), 'worksheet'),
      }),
  })
  add('entity references in attribute values', ['invalid-answer', 'sheet-too-large'], {
    'cell D2 as &#68;2': answer('<c r="&#68;2" s="10"><f>1+1</f><v>2</v></c>'),
    'column X&#70;D': inRow2('<c r="X&#70;D2"><v>1</v></c>'),
    'row 1000001 as references': afterRows('<row r="&#x31;&#x30;&#x30;&#x30;&#x30;&#x30;&#x31;"/>'),
  })
  add('CDATA sections', ['invalid-answer'], {
    'text in a number answer': answer('<c r="D2" s="10" t="inlineStr"><is><t><![CDATA[nhiều]]></t></is></c>'),
    formula: answer('<c r="D2" s="10"><f><![CDATA[1+1]]></f><v>2</v></c>'),
    'number out of range': answer('<c r="D2" s="10"><v><![CDATA[1e999]]></v></c>'),
  })
  add('byte-order marks and other encodings', ['invalid-answer', 'unsupported-xml-encoding'], {
    'UTF-8 BOM, formula in the answer': () =>
      edit(b, {
        [SECTION]: (xml) =>
          concat([
            new Uint8Array([0xef, 0xbb, 0xbf]),
            strToU8(xml.replace(D2, '<c r="D2"><f>1+1</f><v>2</v></c>')),
          ]),
      }),
    'UTF-16LE with BOM': () => edit(b, { [SECTION]: (xml) => utf16(xml.replace('UTF-8', 'UTF-16'), false) }),
    'UTF-16BE with BOM': () => edit(b, { [SHARED]: (xml) => utf16(xml.replace('UTF-8', 'UTF-16'), true) }),
    'declared windows-1258': () =>
      edit(b, { [SECTION]: (xml) => xml.replace('encoding="UTF-8"', 'encoding="windows-1258"') }),
  })
  add('shared formulas without their master', ['invalid-answer'], {
    'number result': answer('<c r="D2" s="10"><f t="shared" si="77"/><v>95</v></c>'),
    'text result': () =>
      edit(b, {
        [SECTION]: (xml) => xml.replace(D3, '<c r="D3" s="10" t="str"><f t="shared" si="5"/><v>90</v></c>'),
      }),
    'master on another sheet': () =>
      edit(b, {
        [OTHER_SECTION]: (xml) =>
          xml.replace(
            /<c r="D2"[^>]*>.*?<\/c>/,
            '<c r="D2" s="10"><f t="shared" ref="D2:D9" si="0">120</f><v>120</v></c>',
          ),
        [SECTION]: (xml) => xml.replace(D2, '<c r="D2" s="10"><f t="shared" si="0"/><v>95</v></c>'),
      }),
  })
  add('array formulas', ['invalid-answer', 'edited-protected-cell'], {
    'anchored in the answer': answer('<c r="D2" s="10"><f t="array" ref="D2:D3">D2:D3*1</f><v>95</v></c>'),
    'anchored left of the answers (values only in D2:D3)': () =>
      edit(b, {
        [SECTION]: (xml) =>
          xml.replace(C2, '<c r="C2" s="8"><f t="array" ref="C2:D3">{1,2;3,4}</f><v>1</v></c>'),
      }),
    'single cell': () =>
      edit(b, {
        [SECTION]: (xml) =>
          xml.replace(D3, '<c r="D3" s="10"><f t="array" ref="D3">SUM(D2*2)</f><v>190</v></c>'),
      }),
  })
  add('data-table formulas', ['invalid-answer', 'edited-protected-cell'], {
    'one-variable table at the answer': answer(
      '<c r="D2" s="10"><f t="dataTable" ref="D2:D3" dt2D="0" dtr="0" r1="A1"/><v>95</v></c>',
    ),
    'table left of the answers (values only in D2:D3)': () =>
      edit(b, {
        [SECTION]: (xml) =>
          xml.replace(
            C2,
            '<c r="C2" s="8"><f t="dataTable" ref="C2:D3" dt2D="0" dtr="1" r1="A1"/><v>1</v></c>',
          ),
      }),
    'two-variable table': answer(
      '<c r="D2" s="10"><f t="dataTable" ref="D2:D3" dt2D="1" dtr="0" r1="A1" r2="B1"/><v>95</v></c>',
    ),
  })
  const styleBomb = (count: number, record: (index: number) => string) => () =>
    edit(b, { [STYLES]: (xml) => xml.replace('</cellXfs>', `${rows(1, count, record)}</cellXfs>`) })
  add('style-record bombs', ['too-many-styles', 'compression-ratio-too-high'], {
    '200,000 cellXfs': styleBomb(200_000, (index) => `<xf numFmtId="${index % 160}" xfId="${index}"/>`),
    '100,000 unlocked cellXfs': styleBomb(
      100_000,
      (index) => `<xf xfId="${index}"><protection locked="0"/></xf>`,
    ),
    '70,000 number formats': () =>
      edit(b, {
        [STYLES]: (xml) =>
          xml.replace(
            '</numFmts>',
            `${rows(200, 70_200, (index) => `<numFmt numFmtId="${index}" formatCode="0.0${index}"/>`)}</numFmts>`,
          ),
      }),
  })
  const manyStrings = (count: number, item: (index: number) => string) => () =>
    edit(b, { [SHARED]: (xml) => xml.replace('</sst>', `${rows(1, count, item)}</sst>`) })
  add('shared-string table bombs', ['too-many-shared-strings', 'compression-ratio-too-high'], {
    '250,001 strings': manyStrings(250_001, (index) => `<si><t>${index}</t></si>`),
    '300,000 rich strings': manyStrings(300_000, (index) => `<si><r><t>${index}</t></r></si>`),
    '250,001 strings with phonetic runs': manyStrings(
      250_001,
      (index) => `<si><t>${index}</t><rPh><t/></rPh></si>`,
    ),
  })
  add('sheets named like paths', ['invalid-sheet-name', 'unsupported-part-name'], {
    '../../etc/passwd': () =>
      edit(b, { [WORKBOOK]: (xml) => xml.replace(/name="HTKT[^"]*"/, 'name="../../etc/passwd"') }),
    'C:\\Windows\\win.ini': () =>
      edit(b, { [WORKBOOK]: (xml) => xml.replace(/name="HTKT[^"]*"/, 'name="C:\\Windows\\win.ini"') }),
    'part outside the package': () =>
      edit(b, {
        [RELATIONSHIPS]: (xml) =>
          xml.replace('Target="worksheets/sheet2.xml"', 'Target="../../../../tmp/evil.xml"'),
      }),
  })
  add('DOCTYPE in parts the reader never parses', ['xml-dtd-present'], {
    'VML drawing': () =>
      edit(b, { 'xl/drawings/vmlDrawing1.vml': () => withDoctype('<xml><v:shape>&e;</v:shape></xml>') }),
    'document properties': () => edit(b, { 'docProps/core.xml': withDoctype }),
    'package relationships': () => edit(b, { '_rels/.rels': withDoctype }),
    'content types': () => edit(b, { [CONTENT_TYPES]: withDoctype }),
  })
  add('nesting past the depth limit', ['xml-too-deep'], {
    styles: () => edit(b, { [STYLES]: (xml) => xml.replace('</styleSheet>', `${nested(200)}</styleSheet>`) }),
    workbook: () => edit(b, { [WORKBOOK]: (xml) => xml.replace('</workbook>', `${nested(200)}</workbook>`) }),
    'content types': () =>
      edit(b, { [CONTENT_TYPES]: (xml) => xml.replace('</Types>', `${nested(200)}</Types>`) }),
    'inside a cell': answer(`<c r="D2" s="10"><v>95</v>${nested(100)}</c>`),
  })
  add('cells in a foreign namespace', ['unreadable-workbook'], {
    'value element': answer('<c r="D2" s="10"><y:v xmlns:y="urn:example:other">5</y:v></c>'),
    'cell element': answer('<y:c xmlns:y="urn:example:other" r="D2"><y:v>5</y:v></y:c>'),
    'unbound prefix': answer('<z:c r="D2"><z:v>5</z:v></z:c>'),
  })
  return cases
}

/**
 * Legal XML variants of the base workbook that are harmless and must import with exactly its
 * answers: the reader follows XML, not a writer's habits, and never reads (or evaluates) what a
 * questionnaire does not need. `why` says why each kind is harmless.
 *
 * @example
 *   harmlessXmlCorpus(base).every((entry) => entry.why.length > 0) // => true
 */
export function harmlessXmlCorpus(base: CorpusBase): readonly {
  readonly kind: string
  readonly variant: string
  readonly why: string
  readonly bytes: () => Uint8Array
}[] {
  const b = base.bytes
  const cases: { kind: string; variant: string; why: string; bytes: () => Uint8Array }[] = []
  const add = (kind: string, why: string, variants: Readonly<Record<string, () => Uint8Array>>) => {
    for (const [variant, bytes] of Object.entries(variants)) cases.push({ kind, variant, why, bytes })
  }
  add('single-quoted attributes', 'XML allows both quote styles; the tokenizer reads both', {
    everywhere: () => editAll(b, singleQuoted),
    'answer sheet only': () => edit(b, { [SECTION]: singleQuoted }),
    'workbook and shared strings': () => edit(b, { [WORKBOOK]: singleQuoted, [SHARED]: singleQuoted }),
  })
  add('x: namespace prefixes', 'a prefix is only a name for the same namespace', {
    'answer sheet': () => edit(b, { [SECTION]: (xml) => prefixed(xml, 'worksheet') }),
    'shared strings': () => edit(b, { [SHARED]: (xml) => prefixed(xml, 'sst') }),
    'workbook and styles': () =>
      edit(b, {
        [WORKBOOK]: (xml) => prefixed(xml, 'workbook'),
        [STYLES]: (xml) => prefixed(xml, 'styleSheet'),
      }),
  })
  add('whitespace variants', 'spaces, tabs and line breaks around attributes are insignificant in XML', {
    'around =': () => edit(b, { [SECTION]: (xml) => xml.replace(/ (r|s|t)="/g, ' $1 = "') }),
    'line breaks between attributes': () => edit(b, { [SECTION]: (xml) => xml.replace(/ s="/g, '\n\ts="') }),
    'space before >': () => edit(b, { [SECTION]: (xml) => xml.replace(/"><v>/g, '" ><v>') }),
  })
  add('Strict Open XML', 'the same elements in the purl.oclc.org namespaces', {
    'whole package': () =>
      editAll(b, (xml) =>
        xml.replaceAll(MAIN, STRICT_MAIN).replaceAll(OFFICE_RELATIONSHIPS, STRICT_RELATIONSHIPS),
      ),
    'sheets only': () =>
      editParts(b, (parts) => {
        for (const [name, data] of parts)
          if (name.startsWith('xl/worksheets/')) parts.set(name, text(data).replaceAll(MAIN, STRICT_MAIN))
      }),
    'workbook only': () =>
      edit(b, {
        [WORKBOOK]: (xml) =>
          xml.replaceAll(MAIN, STRICT_MAIN).replaceAll(OFFICE_RELATIONSHIPS, STRICT_RELATIONSHIPS),
      }),
  })
  add('lying <dimension>', 'nothing is sized or allocated from <dimension>; it is not read', {
    'whole sheet': () =>
      edit(b, {
        [SECTION]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      }),
    'too small': () =>
      edit(b, { [SECTION]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>') }),
    unreadable: () =>
      edit(b, { [SECTION]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="ZZZZ:-1"/>') }),
  })
  add('huge <cols> range', 'column formats are not read, so no range is expanded', {
    'all 16,384 columns': () =>
      edit(b, { [SECTION]: (xml) => xml.replace('</cols>', '<col min="6" max="16384" width="9"/></cols>') }),
    'past 32 bits': () =>
      edit(b, {
        [SECTION]: (xml) => xml.replace('</cols>', '<col min="6" max="4294967295" width="9"/></cols>'),
      }),
    '10,000 col elements': () =>
      edit(b, {
        [SECTION]: (xml) =>
          xml.replace(
            '</cols>',
            `${rows(6, 10_005, (index) => `<col min="${index}" max="${index}" width="9"/>`)}</cols>`,
          ),
      }),
  })
  const comments =
    '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList><comment ref="D2" authorId="0"><text><t>=1+1</t></text></comment></commentList></comments>'
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>'
  add('comments and VML', 'comment and drawing parts are never parsed (only byte-checked for DTDs)', {
    comments: () => edit(b, { 'xl/comments1.xml': () => comments }),
    'VML drawing': () => edit(b, { 'xl/drawings/vmlDrawing1.vml': () => vml }),
    'both, linked from the sheet': () =>
      edit(b, {
        'xl/comments1.xml': () => comments,
        'xl/drawings/vmlDrawing1.vml': () => vml,
        [SECTION]: (xml) => xml.replace('</worksheet>', '<legacyDrawing r:id="rId1"/></worksheet>'),
        'xl/worksheets/_rels/sheet2.xml.rels': () =>
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="${OFFICE_RELATIONSHIPS}/comments" Target="../comments1.xml"/></Relationships>`,
      }),
  })
  const definedNames = (names: string) => () =>
    edit(b, {
      [WORKBOOK]: (xml) => xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`),
    })
  add(
    'defined names holding formulas',
    'defined names are never read or evaluated; answers are cell values',
    {
      WEBSERVICE: definedNames('<definedName name="x">WEBSERVICE("http://example.invalid/")</definedName>'),
      DDE: definedNames(`<definedName name="y">cmd|' /C calc'!A0</definedName>`),
      'print area over the answers': definedNames(
        `<definedName name="_xlnm.Print_Area" localSheetId="1">'HTKT Hạ tầng kỹ thuật'!$A$1:$E$3</definedName>`,
      ),
    },
  )
  const hyperlink = (target: string) => () =>
    edit(b, {
      [SECTION]: (xml) =>
        xml.replace('<pageMargins', '<hyperlinks><hyperlink ref="D2" r:id="rId1"/></hyperlinks><pageMargins'),
      'xl/worksheets/_rels/sheet2.xml.rels': () =>
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/hyperlink" Target="${target}" TargetMode="External"/></Relationships>`,
    })
  add('hyperlinks to file://', 'hyperlinks are never followed or read; the cell keeps its value', {
    'file:///C:/Windows': hyperlink('file:///C:/Windows/System32/calc.exe'),
    'UNC path': hyperlink('file://server/share/x.xlsx'),
    'relative path up': hyperlink('../../../../etc/passwd'),
  })
  add('byte-order marks', 'a UTF-8 byte-order mark is allowed before any XML part', {
    'answer sheet': () => edit(b, { [SECTION]: (xml) => `\uFEFF${xml}` }),
    'every part': () => editAll(b, (xml) => `\uFEFF${xml}`),
    'shared strings': () => edit(b, { [SHARED]: (xml) => `\uFEFF${xml}` }),
  })
  return cases
}

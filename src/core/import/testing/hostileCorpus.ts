// The hostile and malformed workbook corpus of reliability §5.1, generated from our own filled
// questionnaire template (nothing downloaded, nothing committed). Test data only.
import { strToU8 } from 'fflate'
import {
  withCell,
  withMeta,
  withSheetRows,
  withSheets,
} from '@core/formats/questionnaire/testing/editWorkbook'
import { concat, editParts, rawZip, spaceBomb } from '@core/excel/xlsx/testing/xlsxPackage'
import type { CorpusBase, HostileCase } from './hostileCase'
import { xmlHostileCorpus } from './xmlHostileCorpus'

export type { CorpusBase, HostileCase } from './hostileCase'

const SECTION = 'xl/worksheets/sheet2.xml'
const SHARED = 'xl/sharedStrings.xml'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

function seeded(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

const cfb = (tail: string, size: number) =>
  concat([
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    strToU8(tail),
    seeded(size, size),
  ])
const replacePart = (
  base: Uint8Array,
  part: string,
  replace: (text: string) => string | Uint8Array | undefined,
) =>
  editParts(base, (parts) => {
    const current = parts.get(part)
    parts.set(
      part,
      replace(typeof current === 'string' ? current : new TextDecoder().decode(current ?? new Uint8Array())),
    )
  })
const withAnswerXml = (base: Uint8Array, cellXml: string) =>
  replacePart(base, SECTION, (xml) => xml.replace(/<c r="D2"[^>]*>(?:.*?<\/c>)?|<c r="D2"[^>]*\/>/, cellXml))

const kinds = (base: CorpusBase): HostileCase[] => {
  const b = base.bytes
  const w = base.workbook
  const write = base.write
  const HTKT = w.sheets[1]?.name ?? ''
  const UD = w.sheets[3]?.name ?? ''
  const cases: HostileCase[] = []
  const add = (
    kind: string,
    expected: readonly string[],
    variants: Readonly<Record<string, () => Uint8Array>>,
  ) => {
    for (const [variant, bytes] of Object.entries(variants)) cases.push({ kind, variant, expected, bytes })
  }
  // Container level (1–13)
  add('empty file', ['empty-file', 'not-a-zip', 'corrupt-zip'], {
    '0 bytes': () => new Uint8Array(),
    '1 byte': () => new Uint8Array([0x50]),
    'PK only': () => strToU8('PK'),
  })
  add('random bytes', ['not-a-zip'], {
    '1 kB': () => seeded(1024, 1),
    '64 kB': () => seeded(65_536, 2),
    '1 MB': () => seeded(1 << 20, 3),
  })
  add('CSV renamed .xlsx', ['not-a-zip'], {
    'utf-8': () => strToU8('Mã,Trả lời\r\nMayTinh,95\r\n'),
    'with BOM': () => strToU8('\uFEFFMã;Trả lời\nMayTinh;95\n'),
    html: () => strToU8('<table><tr><td>95</td></tr></table>'),
  })
  add('legacy .xls (BIFF in CFB)', ['encrypted-or-legacy-file'], {
    small: () => cfb('Workbook', 512),
    medium: () => cfb('Book', 8192),
    'header only': () => cfb('', 0),
  })
  add('password-protected OOXML', ['encrypted-or-legacy-file'], {
    EncryptionInfo: () => cfb('EncryptionInfo\u0000EncryptedPackage', 4096),
    VelvetSweatshop: () => cfb('EncryptionInfo VelvetSweatshop', 2048),
    agile: () => cfb('<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">', 1024),
  })
  add('truncated zip', ['corrupt-zip'], {
    '50%': () => b.subarray(0, b.length >> 1),
    '99%': () => b.subarray(0, Math.floor(b.length * 0.99)),
    'inside central directory': () => b.subarray(0, b.length - 30),
  })
  add(
    'bad CRC',
    ['corrupt-zip'],
    Object.fromEntries(
      ['xl/workbook.xml', SECTION, SHARED].map((part) => [
        part,
        () => rawZip([{ name: part, content: strToU8('<a/>'), crc: 0x1234 }]),
      ]),
    ),
  )
  add(
    'lying declared sizes',
    ['corrupt-zip'],
    Object.fromEntries(
      [10, 100, 1000].map((declared) => [
        `declares ${declared} B`,
        () =>
          rawZip([
            {
              name: SECTION,
              content: new Uint8Array(),
              compressed: spaceBomb(20_000),
              declaredSize: declared,
            },
          ]),
      ]),
    ),
  )
  add(
    'ratio bomb',
    ['compression-ratio-too-high', 'part-too-large', 'workbook-too-large'],
    Object.fromEntries(
      [SECTION, SHARED, 'xl/styles.xml'].map((part) => [
        part,
        () => editParts(b, (parts) => void parts.set(part, new Uint8Array(5 << 20).fill(32))),
      ]),
    ),
  )
  add(
    'many entries',
    ['too-many-entries'],
    Object.fromEntries(
      [1001, 5000, 10_000].map((count) => [
        `${count}`,
        () =>
          rawZip(
            Array.from({ length: count }, (_, index) => ({
              name: `xl/p${index}.xml`,
              content: strToU8('<a/>'),
              method: 0 as const,
            })),
          ),
      ]),
    ),
  )
  add('unsafe or duplicate entry names', ['unsafe-entry-name', 'duplicate-entry'], {
    '../': () => rawZip([{ name: 'xl/../../evil.xml', content: strToU8('<a/>') }]),
    absolute: () => rawZip([{ name: '/etc/passwd', content: strToU8('x') }]),
    backslash: () => rawZip([{ name: 'xl\\workbook.xml', content: strToU8('<a/>') }]),
    duplicate: () =>
      rawZip([
        { name: 'xl/workbook.xml', content: strToU8('<a/>') },
        { name: 'XL/workbook.xml', content: strToU8('<a/>') },
      ]),
  })
  add(
    'encrypted entries, zip64, unknown compression',
    ['encrypted-entry', 'zip64-unsupported', 'unsupported-compression'],
    {
      'encryption flag': () => rawZip([{ name: 'xl/workbook.xml', content: strToU8('<a/>'), flags: 1 }]),
      zip64: () => rawZip([{ name: 'a.xml', content: strToU8('<a/>') }], { declaredCount: 0xffff }),
      'method 12': () => rawZip([{ name: 'a.xml', content: strToU8('<a/>'), declaredMethod: 12 }]),
    },
  )
  add(
    'zip inside the zip',
    ['embedded-objects-present'],
    Object.fromEntries(
      ['bomb.zip', 'oleObject1.bin', 'Microsoft_Excel_Worksheet.xlsx'].map((name) => [
        name,
        () =>
          editParts(
            b,
            (parts) =>
              void parts.set(`xl/embeddings/${name}`, rawZip([{ name: 'x', content: new Uint8Array(10) }])),
          ),
      ]),
    ),
  )
  // Package level (14–20)
  add('missing [Content_Types].xml', ['missing-content-types'], {
    removed: () => editParts(b, (parts) => void parts.delete('[Content_Types].xml')),
    renamed: () =>
      editParts(b, (parts) => {
        parts.set('[content_types].xmlx', parts.get('[Content_Types].xml'))
        parts.delete('[Content_Types].xml')
      }),
    emptied: () => replacePart(b, '[Content_Types].xml', () => undefined),
  })
  add('missing xl/workbook.xml', ['missing-workbook-part'], {
    removed: () => editParts(b, (parts) => void parts.delete('xl/workbook.xml')),
    moved: () =>
      editParts(b, (parts) => {
        parts.set('xl/book.xml', parts.get('xl/workbook.xml'))
        parts.delete('xl/workbook.xml')
      }),
    'no relationships': () =>
      editParts(b, (parts) => {
        parts.delete('xl/workbook.xml')
        parts.delete('xl/_rels/workbook.xml.rels')
      }),
  })
  add(
    'sheet relationship to a missing part',
    ['missing-sheet-part'],
    Object.fromEntries(
      [1, 2, 8].map((index) => [
        `sheet${index}`,
        () => editParts(b, (parts) => void parts.delete(`xl/worksheets/sheet${index}.xml`)),
      ]),
    ),
  )
  add('macros', ['macros-present'], {
    'vbaProject.bin': () => editParts(b, (parts) => void parts.set('xl/vbaProject.bin', new Uint8Array(64))),
    '.xlsm content type': () =>
      replacePart(b, '[Content_Types].xml', (xml) =>
        xml
          .replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml')
          .replace(
            'application/vnd.openxmlformats-officedocument.sheet.macroEnabled',
            'application/vnd.ms-excel.sheet.macroEnabled',
          ),
      ),
    both: () =>
      editParts(
        replacePart(b, '[Content_Types].xml', (xml) =>
          xml.replace(
            '</Types>',
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
          ),
        ),
        (parts) => void parts.set('xl/vbaProject.bin', new Uint8Array(64)),
      ),
  })
  add(
    'external links',
    ['external-links-present'],
    Object.fromEntries(
      ['externalLink1.xml', 'externalLink2.xml', '_rels/externalLink1.xml.rels'].map((name) => [
        name,
        () => editParts(b, (parts) => void parts.set(`xl/externalLinks/${name}`, '<externalLink/>')),
      ]),
    ),
  )
  add('ActiveX and OLE objects', ['activex-present', 'embedded-objects-present'], {
    activeX: () => editParts(b, (parts) => void parts.set('xl/activeX/activeX1.xml', '<ax/>')),
    'activeX bin': () =>
      editParts(b, (parts) => void parts.set('xl/activeX/activeX1.bin', new Uint8Array(32))),
    ole: () => editParts(b, (parts) => void parts.set('xl/embeddings/oleObject1.bin', new Uint8Array(32))),
  })
  add('formulas in answer cells (DDE, HYPERLINK, WEBSERVICE)', ['invalid-answer', 'external-links-present'], {
    dde: () => withAnswerXml(b, `<c r="D2"><f>cmd|' /C calc'!A0</f><v>0</v></c>`),
    hyperlink: () => withAnswerXml(b, '<c r="D2" t="str"><f>HYPERLINK("http://x","y")</f><v>y</v></c>'),
    webservice: () => withAnswerXml(b, '<c r="D2" t="str"><f>WEBSERVICE("http://x")</f><v>1</v></c>'),
    'external reference': () => withAnswerXml(b, '<c r="D2"><f>[1]Sheet1!A1</f><v>1</v></c>'),
  })
  // XML level (21–27)
  add('malformed XML', ['unreadable-workbook', 'invalid-xml-character'], {
    sheet: () => replacePart(b, SECTION, (xml) => xml.replace('</row>', '')),
    'shared strings': () => replacePart(b, SHARED, (xml) => xml.replace('</si>', '</s>')),
    styles: () => replacePart(b, 'xl/styles.xml', (xml) => xml.replace('<fonts', '<fonts <')),
  })
  add(
    'billion laughs',
    ['xml-dtd-present'],
    Object.fromEntries(
      [SHARED, SECTION, 'xl/styles.xml'].map((part) => [
        part,
        () =>
          replacePart(b, part, (xml) =>
            xml.replace(
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
            ),
          ),
      ]),
    ),
  )
  add('XXE and external DTD', ['xml-dtd-present'], {
    'file:': () =>
      replacePart(b, SHARED, (xml) =>
        xml.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
      ),
    'http:': () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace('?>', '?><!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd">'),
      ),
    parameter: () =>
      replacePart(b, 'xl/workbook.xml', (xml) =>
        xml.replace('?>', '?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.invalid/p"> %p;]>'),
      ),
  })
  add('forbidden characters and invalid UTF-8', ['invalid-xml-character', 'unsupported-xml-encoding'], {
    'U+FFFE reference': () => replacePart(b, SHARED, (xml) => xml.replace('<t>', '<t>&#xFFFE;')),
    'NUL reference': () => replacePart(b, SHARED, (xml) => xml.replace('<t>', '<t>&#0;')),
    'invalid UTF-8': () =>
      editParts(
        b,
        (parts) =>
          void parts.set(
            SHARED,
            concat([
              strToU8(`<sst xmlns="${MAIN}"><si><t>`),
              new Uint8Array([0xe9, 0xff]),
              strToU8('</t></si></sst>'),
            ]),
          ),
      ),
  })
  add(
    'UTF-16 part',
    ['unsupported-xml-encoding'],
    Object.fromEntries(
      [SHARED, SECTION, 'xl/workbook.xml'].map((part) => [
        part,
        () =>
          editParts(
            b,
            (parts) =>
              void parts.set(
                part,
                concat([
                  new Uint8Array([0xff, 0xfe]),
                  new Uint8Array(Array.from('<x/>', (character) => [character.charCodeAt(0), 0]).flat()),
                ]),
              ),
          ),
      ]),
    ),
  )
  add(
    '100,000-deep nesting',
    [
      'xml-too-deep',
      'unreadable-workbook',
      'edited-protected-cell',
      'missing-question',
      'invalid-xml-character',
    ],
    {
      'in sheet': () =>
        replacePart(b, SECTION, (xml) =>
          xml
            .replace('<sheetData>', `<sheetData><x>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</x>`)
            .replace(/<row r="1"[\s\S]*<\/sheetData>/, '</sheetData>'),
        ),
      unclosed: () =>
        replacePart(b, SECTION, (xml) => xml.replace('<sheetData>', `<sheetData>${'<a>'.repeat(100_000)}`)),
      'unclosed in shared strings': () =>
        replacePart(b, SHARED, (xml) => xml.replace('<si>', `<si>${'<r>'.repeat(100_000)}`)),
    },
  )
  add(
    '10 MB attribute and 1 MB element name',
    ['compression-ratio-too-high', 'part-too-large', 'unreadable-workbook', 'text-too-long'],
    {
      attribute: () =>
        replacePart(b, SECTION, (xml) =>
          xml.replace('<sheetData>', `<sheetData x="${'a'.repeat(10 << 20)}">`),
        ),
      'element name': () =>
        replacePart(b, SECTION, (xml) => xml.replace('<sheetData>', `<sheetData><${'a'.repeat(1 << 20)}/>`)),
      'shared string attribute': () =>
        replacePart(b, SHARED, (xml) => xml.replace('<sst ', `<sst x="${'b'.repeat(10 << 20)}" `)),
    },
  )
  // Sheet semantics (28–45)
  // A negative index passes the adapter's pre-scan and exceljs fails on it ('unreadable-workbook', reported to the adapter's owner).
  add(
    'shared-string index out of range',
    ['invalid-shared-string-reference', 'unreadable-workbook'],
    Object.fromEntries(
      [999_999, 4096, -1].map((index) => [
        `${index}`,
        () =>
          replacePart(b, SECTION, (xml) =>
            xml.replace(/<c r="A2"([^>]*) t="s"><v>\d+<\/v>/, `<c r="A2"$1 t="s"><v>${index}</v>`),
          ),
      ]),
    ),
  )
  add(
    'huge shared string',
    ['text-too-long', 'compression-ratio-too-high', 'part-too-large'],
    Object.fromEntries(
      [40_000, 1 << 20, 20 << 20].map((size) => [
        `${size} chars`,
        () => replacePart(b, SHARED, (xml) => xml.replace('<si><t>', `<si><t>${'x'.repeat(size)}`)),
      ]),
    ),
  )
  add('1,000,000 empty rows', ['sheet-too-large', 'compression-ratio-too-high'], {
    'empty rows': () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace('</sheetData>', `${'<row/>'.repeat(1_000_000)}</sheetData>`),
      ),
    'numbered rows': () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace(
          '</sheetData>',
          `${Array.from({ length: 200_000 }, (_, index) => `<row r="${index + 10}"/>`).join('')}</sheetData>`,
        ),
      ),
    'row 1048576': () =>
      replacePart(b, SECTION, (xml) => xml.replace('</sheetData>', '<row r="1048576"/></sheetData>')),
  })
  add('cell at XFD1048576', ['sheet-too-large'], {
    corner: () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      ),
    'far column': () =>
      replacePart(b, SECTION, (xml) => xml.replace('</row>', '<c r="XFD2"><v>1</v></c></row>')),
    'far row': () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace('</sheetData>', '<row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>'),
      ),
  })
  add(
    'whole-sheet merge',
    ['merge-area-too-large', 'unexpected-merge'],
    Object.fromEntries(
      ['A1:XFD1048576', 'A1:Z100000', 'D2:XFD2'].map((ref) => [
        ref,
        () =>
          replacePart(b, SECTION, (xml) =>
            xml.replace(
              '</sheetData>',
              `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
            ),
          ),
      ]),
    ),
  )
  add(
    '30,000 merges',
    ['too-many-merges'],
    Object.fromEntries(
      [2001, 10_000, 30_000].map((count) => [
        `${count}`,
        () =>
          replacePart(b, SECTION, (xml) =>
            xml.replace(
              '</sheetData>',
              `</sheetData><mergeCells>${Array.from({ length: count }, (_, index) => `<mergeCell ref="G${index + 1}:H${index + 1}"/>`).join('')}</mergeCells>`,
            ),
          ),
      ]),
    ),
  )
  add('overlapping merges', ['invalid-merge'], {
    overlap: () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
        ),
      ),
    unreadable: () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace('</sheetData>', '</sheetData><mergeCells><mergeCell ref="A1:"/></mergeCells>'),
      ),
    same: () =>
      replacePart(b, SECTION, (xml) =>
        xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells><mergeCell ref="D2:E3"/><mergeCell ref="D2:E3"/></mergeCells>',
        ),
      ),
  })
  add('__proto__ sheet and header names', ['unexpected-sheet', 'edited-protected-cell'], {
    'sheet __proto__': () =>
      write(
        withSheets(w, (sheets) => [
          ...sheets,
          {
            name: '__proto__',
            state: 'visible',
            rows: [['__proto__']],
            isProtected: false,
            unlockedCells: [],
            merges: [],
          },
        ]),
      ),
    'sheet constructor': () =>
      write(
        withSheets(w, (sheets) => [
          ...sheets,
          {
            name: 'constructor',
            state: 'hidden',
            rows: [['prototype']],
            isProtected: false,
            unlockedCells: [],
            merges: [],
          },
        ]),
      ),
    'header __proto__': () => write(withCell(w, HTKT, 'A1', '__proto__')),
  })
  add('300 sheets and colliding names', ['too-many-sheets', 'invalid-sheet-name', 'duplicate-sheet-name'], {
    '300 sheets': () =>
      write(
        withSheets(w, (sheets) => [
          ...sheets,
          ...Array.from({ length: 300 }, (_, index) => ({
            name: `S${index}`,
            state: 'visible' as const,
            rows: [],
            isProtected: false,
            unlockedCells: [],
            merges: [],
          })),
        ]),
      ),
    'name over 31 chars': () =>
      replacePart(b, 'xl/workbook.xml', (xml) =>
        xml.replace(/name="HTKT[^"]*"/, `name="HTKT Hạ tầng kỹ thuật và một tên rất dài"`),
      ),
    'case-insensitive duplicate': () =>
      replacePart(b, 'xl/workbook.xml', (xml) =>
        xml.replace(/name="HTNL[^"]*"/, `name="${HTKT.toUpperCase()}"`),
      ),
  })
  add(
    'cell text over 32,767 characters',
    ['text-too-long'],
    Object.fromEntries(
      [32_768, 40_000, 100_000].map((size) => [
        `${size}`,
        () =>
          replacePart(b, SECTION, (xml) =>
            xml.replace(
              /<c r="D2"[^>]*>.*?<\/c>/,
              `<c r="D2" t="inlineStr"><is><t>${'9'.repeat(size)}</t></is></c>`,
            ),
          ),
      ]),
    ),
  )
  add('formulas where literals are expected', ['invalid-answer'], {
    'with cached result': () => withAnswerXml(b, '<c r="D2"><f>1+1</f><v>2</v></c>'),
    'without cached result': () => withAnswerXml(b, '<c r="D2"><f>SUM(D3:D3)</f></c>'),
    'array formula': () => withAnswerXml(b, '<c r="D2"><f t="array" ref="D2">SUM(D3:D3*2)</f><v>180</v></c>'),
    'shared formula master': () =>
      withAnswerXml(b, '<c r="D2"><f t="shared" ref="D2:D3" si="0">1+1</f><v>2</v></c>'),
  })
  add('dates that are not dates', ['invalid-answer'], {
    'serial 60 (1900-02-29)': () => write(withCell(w, UD, 'D9', 60)),
    'negative serial': () => write(withCell(w, UD, 'D9', -5)),
    'text in another format': () => write(withCell(w, UD, 'D9', 'June 30th 2025')),
  })
  add('numbers that are not numbers', ['invalid-answer', 'unreadable-workbook'], {
    'INF in <v>': () => withAnswerXml(b, '<c r="D2"><v>INF</v></c>'),
    'NaN in <v>': () => withAnswerXml(b, '<c r="D2"><v>NaN</v></c>'),
    'two decimal commas': () => write(withCell(w, HTKT, 'D2', '1,2,3')),
    letters: () => write(withCell(w, HTKT, 'D2', '95 chiếc')),
  })
  add(
    'hidden sheets with conflicting answers',
    ['unexpected-sheet'],
    Object.fromEntries(
      (['hidden', 'veryHidden', 'visible'] as const).map((state) => [
        state,
        () =>
          write(
            withSheets(w, (sheets) => [
              ...sheets,
              {
                ...(sheets[1] ?? sheets[0]!),
                name: `${state} answers`,
                state,
                rows: [['Mã'], ['MayTinh', 'x', '', 9999]],
              },
            ]),
          ),
      ]),
    ),
  )
  add('answer outside the option list', ['invalid-answer'], {
    choice: () => write(withCell(w, UD, 'D3', 'Trung bình')),
    'yes-no': () => write(withCell(w, w.sheets[2]?.name ?? '', 'D3', 'Có thể')),
    'table choice': () => write(withCell(w, 'Bảng HeThong', 'H2', 'Loại khác')),
  })
  add(
    'template of another kind, version or framework',
    ['unsupported-template-version', 'not-a-questionnaire', 'framework-mismatch', 'invalid-meta'],
    {
      newer: () => write(withMeta(w, 'templateVersion', 2)),
      older: () => write(withMeta(w, 'templateVersion', 0)),
      'unknown kind': () => write(withMeta(w, 'template', 'ict-index-workbench/results-report')),
      'other framework': () => write(withMeta(w, 'frameworkId', 'dti-points')),
    },
  )
  // Questionnaire structure (beyond §5.1's list; what people do to a protected workbook)
  add('missing or broken _meta', ['missing-meta', 'invalid-meta', 'not-a-questionnaire'], {
    removed: () => write(withSheets(w, (sheets) => sheets.filter((sheet) => sheet.name !== '_meta'))),
    emptied: () => write(withSheetRows(w, '_meta', (rows) => void rows.splice(0))),
    'no year': () => write(withMeta(w, 'year', null)),
  })
  add('edited locked cells', ['edited-protected-cell'], {
    heading: () => write(withCell(w, HTKT, 'D1', 'Answer')),
    question: () => write(withCell(w, HTKT, 'B3', 'Câu hỏi khác')),
    instructions: () => write(withCell(w, w.sheets[0]?.name ?? '', 'A1', 'Phiếu sửa')),
  })
  add('renamed or removed sheets', ['missing-sheet', 'unexpected-sheet'], {
    renamed: () =>
      write(
        withSheets(w, (sheets) =>
          sheets.map((sheet) => (sheet.name === HTKT ? { ...sheet, name: 'Hạ tầng' } : sheet)),
        ),
      ),
    removed: () => write(withSheets(w, (sheets) => sheets.filter((sheet) => sheet.name !== UD))),
    'lists removed': () =>
      write(withSheets(w, (sheets) => sheets.filter((sheet) => sheet.name !== '_lists'))),
  })
  add('question rows added or removed', ['unknown-question', 'missing-question', 'duplicate-question'], {
    added: () => write(withCell(w, HTKT, 'A5', 'CauMoi')),
    removed: () => write(withSheetRows(w, HTKT, (rows) => void rows.splice(2, 1))),
    duplicated: () => write(withSheetRows(w, HTKT, (rows) => void rows.push([...(rows[1] ?? [])]))),
  })
  add('blank template without a unit', ['missing-unit', 'edited-protected-cell', 'invalid-unit-code'], {
    'unit code cleared': () =>
      write(
        withCell(withMeta(withMeta(w, 'unitCode', ''), 'unitName', ''), w.sheets[0]?.name ?? '', 'B4', null),
      ),
    'only spaces': () =>
      write(
        withCell(withMeta(withMeta(w, 'unitCode', ''), 'unitName', ''), w.sheets[0]?.name ?? '', 'B4', '   '),
      ),
    'code too long': () =>
      write(
        withCell(
          withMeta(withMeta(w, 'unitCode', ''), 'unitName', ''),
          w.sheets[0]?.name ?? '',
          'B4',
          'X'.repeat(60),
        ),
      ),
  })
  add('too many table rows and wrong cells', ['too-many-rows', 'invalid-answer'], {
    '41 rows': () =>
      write(
        withSheetRows(w, 'Bảng HeThong', (rows) => {
          for (let index = 0; index < 41; index += 1) rows[index + 1] = [index + 1, `Hệ thống ${index}`]
        }),
      ),
    'text in a number column': () => write(withCell(w, 'Bảng HeThong', 'C2', 'mười hai')),
    'percent over 100': () => write(withCell(w, 'Bảng HeThong', 'E2', 250)),
  })
  add('notes and texts too long', ['invalid-note', 'invalid-answer'], {
    note: () => write(withCell(w, HTKT, 'E2', 'n'.repeat(2001))),
    text: () => write(withCell(w, UD, 'D8', 't'.repeat(501))),
    'note as error value': () => write(withCell(w, HTKT, 'E3', { type: 'error', code: '#REF!' })),
  })
  return cases
}

/**
 * The corpus: 50+ kinds, each in at least three variants (reliability §5.1 items 1–46, plus what
 * people do to a protected questionnaire). Every file must be refused with one of its `expected`
 * codes, within 10 s, and change nothing in the database.
 *
 * @example
 *   const corpus = hostileCorpus({ bytes, workbook, write })
 *   corpus.length // => 180 or so
 */
export function hostileCorpus(base: CorpusBase): readonly HostileCase[] {
  return [...kinds(base), ...xmlHostileCorpus(base)]
}

// Hostile and malformed files at the container level (docs/reliability.md §5.1, items 1–13).
// Every file is generated here; each must give a specific code, fast, without touching Object.prototype.
import { strToU8, unzipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { readWorkbook } from './readWorkbook'
import { concat, editParts, prototypeKeys, rawZip, spaceBomb } from './testing/xlsxPackage'
import { writeWorkbook } from './writeWorkbook'

let base: Uint8Array = new Uint8Array()
const prototypeBefore = prototypeKeys()

beforeAll(async () => {
  const written = await writeWorkbook({
    sheets: [
      {
        name: 'Data',
        rows: [
          ['Mã', 'Giá trị'],
          ['Q1', 3],
        ],
      },
    ],
  })
  if (!written.ok) throw new Error('base workbook not written')
  base = written.value
})

afterEach(() => {
  expect(prototypeKeys()).toEqual(prototypeBefore)
})

const codesOf = async (bytes: Uint8Array, limits = {}): Promise<readonly string[]> => {
  const read = await readWorkbook(bytes, limits)
  return read.ok ? [] : read.error.map((issue) => issue.code)
}
const issuesOf = async (bytes: Uint8Array): Promise<readonly WorkbookReadIssue[]> => {
  const read = await readWorkbook(bytes)
  return read.ok ? [] : read.error
}
const random = (length: number, seed = 7): Uint8Array => {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

describe('readWorkbook on hostile containers', () => {
  it('reads the base workbook', async () => {
    const read = await readWorkbook(base)

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([
      ['Mã', 'Giá trị'],
      ['Q1', 3],
    ])
  })

  it('refuses an empty file', async () => {
    expect(await codesOf(new Uint8Array())).toEqual(['empty-file'])
  })

  it('refuses random bytes, CSV and HTML as not a zip', async () => {
    expect(await codesOf(random(1024))).toEqual(['not-a-zip'])
    expect(await codesOf(random(1024 * 1024, 3))).toEqual(['not-a-zip'])
    expect(await codesOf(strToU8('mã,tên\r\nP1,Sở TT&TT\r\n'))).toEqual(['not-a-zip'])
    expect(await codesOf(strToU8('<html><table><tr><td>1</td></tr></table></html>'))).toEqual(['not-a-zip'])
  })

  it('refuses OLE/CFB files: password-protected workbooks and legacy .xls', async () => {
    const header = concat([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), random(4088)])

    expect(await codesOf(header)).toEqual(['encrypted-or-legacy-file'])
  })

  it('refuses a file over the size limit before reading it', async () => {
    expect(await issuesOf(new Uint8Array(21 * 1024 * 1024))).toEqual([
      { code: 'file-too-large', size: 21 * 1024 * 1024, limit: 20 * 1024 * 1024 },
    ])
  })

  it('refuses truncated zips: at 50%, at 99% and inside the central directory', async () => {
    const cuts = [0.5, 0.99].map((share) => base.subarray(0, Math.floor(base.length * share)))
    cuts.push(base.subarray(0, base.length - 30))

    for (const cut of cuts) expect(await codesOf(cut)).toEqual(['corrupt-zip'])
  })

  it('refuses a part whose CRC does not match', async () => {
    const zip = rawZip([{ name: 'xl/workbook.xml', content: strToU8('<workbook/>'), crc: 1234 }])

    expect(await issuesOf(zip)).toEqual([
      { code: 'corrupt-zip', reason: 'crc-mismatch', part: 'xl/workbook.xml' },
    ])
  })

  it('stops inflating a part that inflates beyond its declared size', async () => {
    const zip = rawZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: new Uint8Array(),
        compressed: spaceBomb(20_000),
        declaredSize: 100,
      },
    ])

    expect(await issuesOf(zip)).toEqual([
      { code: 'corrupt-zip', reason: 'size-mismatch', part: 'xl/worksheets/sheet1.xml' },
    ])
  })

  it('refuses corrupt compressed data', async () => {
    const broken = base.slice()
    broken.fill(0xff, 60, 400)

    expect(await codesOf(broken)).toContain('corrupt-zip')
  })

  it('refuses a ratio bomb: 5 MB of spaces in a 5 kB part', async () => {
    const bomb = editParts(
      base,
      (parts) => void parts.set('xl/worksheets/sheet1.xml', new Uint8Array(5 * 1024 * 1024).fill(32)),
    )

    expect(await codesOf(bomb)).toEqual(['compression-ratio-too-high'])
  })

  it('refuses a file inflating to 110 MB from its declared sizes, without inflating it', async () => {
    const repeats = 215_000
    const part = (name: string) => ({
      name,
      content: new Uint8Array(),
      compressed: spaceBomb(repeats),
      declaredSize: 1 + 258 * repeats,
      crc: 0,
    })
    const zip = rawZip([part('xl/worksheets/sheet1.xml'), part('xl/sharedStrings.xml')])

    expect(zip.length).toBeLessThan(800 * 1024)
    expect(await codesOf(zip)).toEqual(['part-too-large', 'part-too-large', 'workbook-too-large'])
  })

  it('refuses 10,000 tiny parts', async () => {
    const entries = Array.from({ length: 10_000 }, (_, index) => ({
      name: `xl/p${index}.xml`,
      content: strToU8('<a/>'),
      method: 0 as const,
    }))

    expect(await issuesOf(rawZip(entries))).toEqual([
      { code: 'too-many-entries', count: 10_000, limit: 1_000 },
    ])
  })

  it('refuses duplicate, absolute, parent-relative and backslashed entry names', async () => {
    const names = [
      'xl/workbook.xml',
      'XL/Workbook.xml',
      '/etc/passwd',
      'xl/../../evil.xml',
      'xl\\worksheets\\sheet1.xml',
      'xl//a.xml',
    ]
    const zip = rawZip(names.map((name) => ({ name, content: strToU8('<a/>') })))

    expect(await issuesOf(zip)).toEqual([
      { code: 'duplicate-entry', part: 'XL/Workbook.xml' },
      { code: 'unsafe-entry-name', part: '/etc/passwd' },
      { code: 'unsafe-entry-name', part: 'xl/../../evil.xml' },
      { code: 'unsafe-entry-name', part: 'xl\\worksheets\\sheet1.xml' },
      { code: 'unsafe-entry-name', part: 'xl//a.xml' },
    ])
  })

  it('refuses encrypted entries, unknown compression and zip64 records', async () => {
    expect(await issuesOf(rawZip([{ name: 'xl/workbook.xml', content: strToU8('<a/>'), flags: 1 }]))).toEqual(
      [{ code: 'encrypted-entry', part: 'xl/workbook.xml' }],
    )
    expect(
      await codesOf(rawZip([{ name: 'a.xml', content: strToU8('<a/>') }], { declaredCount: 0xffff })),
    ).toEqual(['zip64-unsupported'])
    expect(await issuesOf(rawZip([{ name: 'a.xml', content: strToU8('<a/>'), declaredMethod: 12 }]))).toEqual(
      [{ code: 'unsupported-compression', part: 'a.xml', method: 12 }],
    )
  })

  it('reads entries whose sizes are in zip64 extra fields, as some writers store even small files', async () => {
    const entries = Object.entries(unzipSync(base)).filter(([name]) => !name.endsWith('/'))
    const read = await readWorkbook(
      rawZip(entries.map(([name, content]) => ({ name, content, zip64: true }))),
    )

    expect(read.ok && read.value.sheets[0]?.rows).toEqual([
      ['Mã', 'Giá trị'],
      ['Q1', 3],
    ])
  })

  it('refuses a zip nested in the embeddings folder', async () => {
    const nested = editParts(
      base,
      (parts) =>
        void parts.set('xl/embeddings/bomb.zip', rawZip([{ name: 'x', content: new Uint8Array(10) }])),
    )

    expect(await codesOf(nested)).toEqual(['embedded-objects-present'])
  })
})

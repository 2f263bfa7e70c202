import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { feedbackContentSchema } from './feedbackContent'
import { feedbackSheets } from './feedbackSheets'
import { readFeedbackPackage } from './readFeedbackPackage'
import { readRoundWorkbook } from './readRoundWorkbook'
import { ROUND_MANIFEST_SHEET } from './roundManifest'
import { FEEDBACK_CONTENT, FEEDBACK_IDENTITY } from './testing/roundFixtures'
import { FEEDBACK_WORKBOOK_NAME, writeFeedbackPackage } from './writeFeedbackPackage'

const written = async (attachments: { fileName: string; bytes: Uint8Array }[] = []) => {
  const result = await writeFeedbackPackage(FEEDBACK_IDENTITY, FEEDBACK_CONTENT, attachments)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
const pdf = new TextEncoder().encode('%PDF-1.4 công văn')

/** The workbook's bytes with `find` replaced by `replace` in every XML part (an edit in a spreadsheet program). */
function edited(bytes: Uint8Array, find: string, replace: string): Uint8Array {
  const parts = unzipSync(bytes)
  let count = 0
  for (const [name, data] of Object.entries(parts)) {
    const xml = new TextDecoder().decode(data)
    if (!xml.includes(find)) continue
    parts[name] = new TextEncoder().encode(xml.split(find).join(replace))
    count += 1
  }
  if (count === 0) throw new Error(`${find} not found`)
  return zipSync(parts)
}

describe('feedback package', { timeout: 60_000 }, () => {
  it('round-trips a bare workbook: manifest, content, protected sheets, A4, very hidden manifest', async () => {
    const file = await written()
    expect(file.extension).toBe('xlsx')
    const read = await readFeedbackPackage(file.bytes, {
      unitCode: 'SNV',
      frameworkId: 'dept-ict-readiness',
      year: 2026,
    })
    expect(read).toMatchObject({
      ok: true,
      value: { manifest: file.manifest, content: { ...FEEDBACK_CONTENT, attachments: [] } },
    })
    const workbook = await readWorkbook(file.bytes)
    if (!workbook.ok) throw new Error('unreadable')
    const sheets = workbook.value.sheets.map((sheet) => [sheet.name, sheet.state, sheet.isProtected])
    expect(sheets).toEqual([
      ['Kết quả sơ bộ', 'visible', true],
      ['Nội dung thẩm định', 'visible', true],
      [ROUND_MANIFEST_SHEET, 'veryHidden', false],
    ])
    const xml = new TextDecoder().decode(unzipSync(file.bytes)['xl/worksheets/sheet2.xml'])
    expect(xml).toMatch(/paperSize="9"/)
  })

  it('round-trips a package with attachments', async () => {
    const file = await written([{ fileName: 'Công văn 12.pdf', bytes: pdf }])
    expect(file.extension).toBe('zip')
    expect(Object.keys(unzipSync(file.bytes)).sort()).toEqual([
      `attachments/Công văn 12.pdf`,
      FEEDBACK_WORKBOOK_NAME,
    ])
    const read = await readFeedbackPackage(file.bytes)
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    expect(read.value.content.attachments).toEqual(['Công văn 12.pdf'])
    expect(read.value.attachments[0]?.bytes).toEqual(pdf)
  })

  it('refuses another unit, a look-alike code, another framework and year, naming each', async () => {
    const file = await written()
    const read = await readFeedbackPackage(file.bytes, {
      unitCode: 'STC',
      frameworkId: 'x',
      frameworkVersion: '1',
      year: 2025,
    })
    expect(read.ok ? [] : read.error.map((issue) => issue.code)).toEqual([
      'round-unit-mismatch',
      'round-framework-mismatch',
      'round-year-mismatch',
    ])
    const lookalike = await readFeedbackPackage(file.bytes, { knownUnits: new Set(['SNv']) })
    expect(lookalike).toMatchObject({
      ok: false,
      error: [{ code: 'round-unit-code-lookalike', known: 'SNv' }],
    })
  })

  it('refuses an edited cell, an edited hash, a formula and stray entries', async () => {
    const file = await written([{ fileName: 'CV.pdf', bytes: pdf }])
    const plain = await written()
    const label = await readFeedbackPackage(edited(plain.bytes, 'Hạn phản hồi', 'Hạn'))
    expect(label).toMatchObject({
      ok: false,
      error: [{ code: 'round-edited-cell', sheet: 'Kết quả sơ bộ', cell: 'A5' }],
    })
    // the reason is in the visible cell and in the manifest's content: the hash no longer matches
    const reason = await readFeedbackPackage(edited(plain.bytes, 'Biên bản kiểm kê 2025', 'Biên bản khác'))
    expect(reason).toMatchObject({ ok: false, error: [{ code: 'round-hash-mismatch' }] })
    const hash = plain.manifest.contentHash
    const rehashed = await readFeedbackPackage(
      edited(plain.bytes, hash, `${hash[0] === '0' ? '1' : '0'}${hash.slice(1)}`),
    )
    expect(rehashed).toMatchObject({ ok: false, error: [{ code: 'round-hash-mismatch', kind: 'feedback' }] })
    const workbook = await readWorkbook(plain.bytes)
    if (!workbook.ok) throw new Error('unreadable')
    const withFormula = {
      sheets: workbook.value.sheets.map((sheet, index) =>
        index !== 0
          ? sheet
          : {
              ...sheet,
              rows: [...sheet.rows, [{ type: 'formula' as const, formula: 'HYPERLINK("x")', result: 'x' }]],
            },
      ),
    }
    const formula = readRoundWorkbook(withFormula, 'feedback', feedbackContentSchema, feedbackSheets)
    expect(formula.ok ? [] : formula.error.map((issue) => issue.code)).toEqual([
      'round-formula-cell',
      'round-edited-cell',
    ])
    const parts = unzipSync(file.bytes)
    parts['notes/readme.txt'] = pdf
    parts['attachments/extra.pdf'] = pdf
    const stray = await readFeedbackPackage(zipSync(parts))
    expect(stray.ok ? [] : stray.error.map((issue) => issue.code)).toEqual(['round-package-unexpected-entry'])
    delete parts['notes/readme.txt']
    const unlisted = await readFeedbackPackage(zipSync(parts))
    expect(unlisted.ok ? [] : unlisted.error).toEqual([
      { code: 'round-attachment-unlisted', part: 'attachments/extra.pdf' },
    ])
  })

  it('refuses a truncated file and a file that is not a round file', async () => {
    const file = await written()
    const truncated = await readFeedbackPackage(file.bytes.slice(0, file.bytes.length >> 1))
    expect(truncated.ok).toBe(false)
    const other = await readFeedbackPackage(zipSync({ 'x.xlsx': pdf }))
    expect(other).toMatchObject({ ok: false, error: [{ code: 'round-package-without-workbook' }] })
  })
})

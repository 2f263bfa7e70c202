import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@core/sha256'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { parseWorkbookFile } from '@core/import/parseWorkbookFile'
import { crc32 } from '@core/excel/xlsx/crc32'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { rawZip } from '@core/excel/xlsx/testing/xlsxPackage'
import { nodeCrc32, nodeReadHost, nodeSha256Hex } from './nodeReadHost'

describe('nodeReadHost', () => {
  it('hashes any bytes as the core SHA-256 does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(nodeSha256Hex(bytes)).toBe(sha256Hex(bytes))
      }),
    )
  })

  // zlib.crc32 is Node 20.15+ / 22.2+ (older Nodes lend no CRC-32 and the reader keeps its own).
  it.skipIf(nodeCrc32 === undefined)(
    "computes the CRC-32 of any bytes as the reader's own crc32 does",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
          expect(nodeCrc32?.(bytes)).toBe(crc32(bytes))
        }),
      )
    },
  )

  it('refuses a part whose CRC does not match, as the built-in reader does', async () => {
    const zip = rawZip([
      { name: 'xl/workbook.xml', content: new TextEncoder().encode('<workbook/>'), crc: 1234 },
    ])
    const issue = { code: 'corrupt-zip', reason: 'crc-mismatch', part: 'xl/workbook.xml' }
    expect(await readWorkbook(zip, {}, nodeReadHost)).toEqual({ ok: false, error: [issue] })
    expect(await readWorkbook(zip)).toEqual({ ok: false, error: [issue] })
  })

  it('gives parseWorkbookFile the same fingerprint and submission as the built-in inflater and Web Crypto', async () => {
    const framework = loadBuiltInFramework('dept-ict-readiness')
    if (!framework.ok) throw new Error('framework')
    const written = await writeQuestionnaireWorkbook(framework.value, {
      unit: { code: 'STC', name: 'Sở Tài chính' },
      appVersion: 'test',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: {}, comments: {} },
    })
    if (!written.ok) throw new Error('workbook')
    const file = { fileName: 'STC.xlsx', bytes: written.value }
    const native = await parseWorkbookFile(file, framework.value, {}, nodeReadHost)
    expect(native.fingerprint).toBe(sha256Hex(written.value))
    expect(native).toEqual(await parseWorkbookFile(file, framework.value))
  })
})

import { fc, test } from '@fast-check/vitest'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { readZipEntries } from '@core/excel/xlsx/readZipEntries'
import { defaultWorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { zipSync } from 'fflate'
import { nodeRawInflater } from './nodeRawInflater'

describe('nodeRawInflater', () => {
  test.prop([fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: -3, max: 3 })])(
    'inflates to exactly the declared size, or says the size is wrong',
    (data, shift) => {
      const compressed = new Uint8Array(deflateRawSync(data))
      const declared = Math.max(0, data.length + shift)
      const inflated = nodeRawInflater(compressed, declared)
      if (declared === data.length) expect(inflated).toEqual(data)
      else expect(inflated).toBeNull()
    },
  )

  it('calls data that is not DEFLATE corrupt', () => {
    expect(nodeRawInflater(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 10)).toBe('corrupt')
  })

  it('stops a zip bomb one byte past the declared size', () => {
    const compressed = new Uint8Array(deflateRawSync(new Uint8Array(50 * 1024 * 1024)))
    expect(nodeRawInflater(compressed, 1000)).toBeNull()
  })

  test.prop([
    fc.dictionary(fc.stringMatching(/^[a-z]{1,8}\.xml$/), fc.uint8Array({ maxLength: 3000 }), { maxKeys: 5 }),
  ])('reads the same parts as the built-in inflater, and the same problems', (files) => {
    const zip = zipSync(files, { level: 6 })
    const builtIn = readZipEntries(zip, defaultWorkbookReadLimits)
    const native = readZipEntries(zip, defaultWorkbookReadLimits, nodeRawInflater)
    expect(native).toEqual(builtIn)
    // A declared size that lies by one byte, in the central directory and the local header alike.
    const lying = zip.slice()
    const view = new DataView(lying.buffer)
    for (let offset = 0; offset + 4 <= lying.length; offset += 1) {
      const signature = view.getUint32(offset, true)
      if (signature === 0x04034b50) view.setUint32(offset + 22, view.getUint32(offset + 22, true) + 1, true)
      if (signature === 0x02014b50) view.setUint32(offset + 24, view.getUint32(offset + 24, true) + 1, true)
    }
    expect(readZipEntries(lying, defaultWorkbookReadLimits, nodeRawInflater)).toEqual(
      readZipEntries(lying, defaultWorkbookReadLimits),
    )
  })

  it('reads a questionnaire-like workbook the same way as the built-in inflater', async () => {
    const files = {
      '[Content_Types].xml': new TextEncoder().encode(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    }
    const zip = zipSync(files)
    expect(await readWorkbook(zip, {}, { inflateRaw: nodeRawInflater })).toEqual(await readWorkbook(zip))
  })
})

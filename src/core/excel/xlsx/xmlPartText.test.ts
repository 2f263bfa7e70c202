import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodeXmlPart } from './xmlPartText'

describe('decodeXmlPart', () => {
  it('decodes UTF-8 with or without a BOM', () => {
    expect(decodeXmlPart(strToU8('\uFEFF<a>Việt</a>'))).toEqual({ ok: true, value: '<a>Việt</a>' })
  })

  it('refuses UTF-16 and invalid UTF-8', () => {
    expect(decodeXmlPart(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toEqual({
      ok: false,
      error: 'unsupported-encoding',
    })
    expect(decodeXmlPart(new Uint8Array([0x3c, 0x61, 0xc3]))).toEqual({
      ok: false,
      error: 'unsupported-encoding',
    })
    expect(decodeXmlPart(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({
      ok: false,
      error: 'unsupported-encoding',
    })
  })
})

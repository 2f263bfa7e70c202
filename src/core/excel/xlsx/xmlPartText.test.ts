import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  decodeXmlPart,
  hasDocumentTypeDeclaration,
  hasInvalidXmlCharacter,
  rootElementName,
} from './xmlPartText'

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

describe('hasInvalidXmlCharacter', () => {
  it('finds forbidden characters, raw or referenced, and accepts the allowed ones', () => {
    expect(
      ['a\u0000', 'a\uFFFF', '&#x0;', '&#65534;', '&#xD800;', '&#x110000;', '&#x00000000041;'].map(
        hasInvalidXmlCharacter,
      ),
    ).toEqual(Array(7).fill(true))
    expect(
      ['a\tb\nc\r', '&#x9;&#10;&#xD;', '&#x1F600;', '😀', '&amp;#0;'].map(hasInvalidXmlCharacter),
    ).toEqual(Array(5).fill(false))
  })
})

describe('hasDocumentTypeDeclaration', () => {
  it('finds DOCTYPE and ENTITY declarations', () => {
    expect(
      ['<!DOCTYPE a>', '<!ENTITY x "y">', '<a>&lt;!DOCTYPE</a>'].map(hasDocumentTypeDeclaration),
    ).toEqual([true, true, false])
  })
})

describe('rootElementName', () => {
  it('skips the declaration, comments and processing instructions', () => {
    expect(rootElementName('<?xml version="1.0"?>\n<!-- c --><?pi x?><x:worksheet xmlns:x="y">')).toBe(
      'x:worksheet',
    )
    expect(rootElementName('<worksheet/>')).toBe('worksheet')
    expect(rootElementName('no xml')).toBeNull()
  })
})

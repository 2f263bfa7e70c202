import { describe, expect, it } from 'vitest'
import { isSpreadsheetNamespace, parseXmlPart, SPREADSHEET_NAMESPACES, type XmlTag } from './parseXmlPart'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function tagsOf(xml: string, withText = true): { readonly result: unknown; readonly tags: XmlTag[] } {
  const tags: XmlTag[] = []
  const result = parseXmlPart(bytes(xml), 'p.xml', 64, {
    open: (tag) => void tags.push({ ...tag }),
    close: () => {},
    ...(withText ? { text: () => {} } : {}),
  })
  return { result, tags }
}

describe('parseXmlPart', () => {
  it('refuses a declared encoding other than UTF-8 at the root, before a doctype and before an error', () => {
    const refused = { ok: false, error: [{ code: 'unsupported-xml-encoding', part: 'p.xml' }] }
    expect(tagsOf('<?xml version="1.0" encoding="latin1"?><a/>').result).toEqual(refused)
    expect(tagsOf('<?xml version="1.0" encoding="latin1"?><!DOCTYPE a><a/>').result).toEqual(refused)
    expect(tagsOf('<?xml version="1.0" encoding="latin1"?>x<a/>').result).toEqual(refused)
    expect(tagsOf('<?xml version="1.0" encoding="latin1"?>').result).toEqual(refused)
    expect(tagsOf('<?xml version="1.0" encoding="UTF-8"?><a/>').result).toEqual({
      ok: true,
      value: undefined,
    })
  })

  it('resolves prefixes from the declarations in scope, and refuses an unbound one', () => {
    const { result, tags } = tagsOf(
      `<x:worksheet xmlns:x="${SPREADSHEET_NAMESPACES[1]}"><c xmlns="u"><x:v/></c><x:row/></x:worksheet>`,
    )
    expect(result).toEqual({ ok: true, value: undefined })
    expect(tags.map((tag) => [tag.local, tag.uri])).toEqual([
      ['worksheet', SPREADSHEET_NAMESPACES[1]],
      ['c', 'u'],
      ['v', SPREADSHEET_NAMESPACES[1]],
      ['row', SPREADSHEET_NAMESPACES[1]],
    ])
    expect(tags.every((tag, index) => index === 1 || isSpreadsheetNamespace(tag.uri))).toBe(true)
    expect(tagsOf('<a><y:b/></a>').result).toEqual({
      ok: false,
      error: [{ code: 'unreadable-workbook', message: 'p.xml: unbound namespace prefix: "y".' }],
    })
  })

  it('checks every character of a part read without a text handler', () => {
    expect(tagsOf('<a>\u0001</a>', false).result).toEqual({
      ok: false,
      error: [{ code: 'invalid-xml-character', part: 'p.xml' }],
    })
    expect(tagsOf('<a>&bogus;</a>', false).result).toMatchObject({ ok: false })
    expect(tagsOf('<a>ok</a>', false).result).toEqual({ ok: true, value: undefined })
  })
})

import { describe, expect, it } from 'vitest'
import { decodeXmlEntities, findStartTags, parseXmlAttributes } from './xmlAttributes'

describe('parseXmlAttributes', () => {
  it('reads double- and single-quoted values, decoding entities, into a Map', () => {
    const attributes = parseXmlAttributes(` name="A&amp;B &#x1EA1;" sheetId='2' r:id="rId1" __proto__="x"`)

    expect([...attributes]).toEqual([
      ['name', 'A&B ạ'],
      ['sheetId', '2'],
      ['r:id', 'rId1'],
      ['__proto__', 'x'],
    ])
  })
})

describe('decodeXmlEntities', () => {
  it('leaves unknown entities and out-of-range references alone', () => {
    expect(decodeXmlEntities('&lt;&gt;&quot;&apos;&nbsp;&#1114112;')).toBe('<>"\'&nbsp;&#1114112;')
  })
})

describe('findStartTags', () => {
  it('matches whole element names only', () => {
    expect([
      ...findStartTags('<sheets><sheet a="1"/><sheetView/><sheet b="2"></sheet></sheets>', 'sheet'),
    ]).toEqual([' a="1"/', ' b="2"'])
  })
})

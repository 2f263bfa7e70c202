import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, undefined], c: undefined, b: 'x' } })).toBe(
      '{"a":{"b":"x","d":[2,null]},"b":1}',
    )
  })

  it('writes strings, numbers and literals as JSON does, non-finite numbers as null', () => {
    expect(canonicalJson(['Sở "Tài chính"\n', 1.5, -0, Number.NaN, true, null])).toBe(
      '["Sở \\"Tài chính\\"\\n",1.5,0,null,true,null]',
    )
  })

  test.prop([fc.jsonValue()])('gives the same text for a value and its JSON read back', (value) => {
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value))
  })

  test.prop([fc.dictionary(fc.string(), fc.integer())])(
    'does not depend on the order the keys were written in',
    (record) => {
      const reversed = Object.fromEntries(Object.entries(record).reverse())
      expect(canonicalJson(reversed)).toBe(canonicalJson(record))
    },
  )
})

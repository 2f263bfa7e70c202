import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isFormulaLikeText } from '@core/excel/neutraliseFormulaText'
import { canonicalJson } from '@core/canonicalJson'
import { splitJsonText } from './manifestSheet'

const json = fc.jsonValue().map((value) => canonicalJson(value))

describe('splitJsonText', () => {
  it('gives chunks within the limit that join back into the text, cut before safe characters only', () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 8, max: 64 }), (text, limit) => {
        const chunks = splitJsonText(text, limit)

        expect(chunks.join('')).toBe(text)
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0)
          expect(chunk.length).toBeLessThanOrEqual(limit)
        }
        // each cut falls where the next chunk starts with a safe ASCII character after no white space,
        // unless the limit left no such place (then the chunk is exactly the limit long)
        chunks.slice(1).forEach((chunk, index) => {
          const before = chunks[index] ?? ''
          const isSafe = /[0-9A-Za-z"{}[\]:,]/.test(chunk.charAt(0)) && !/\s/.test(before.slice(-1))
          expect(isSafe || before.length === limit).toBe(true)
          if (isSafe) expect(isFormulaLikeText(chunk)).toBe(false)
        })
      }),
    )
  })
})

describe('canonicalJson', () => {
  it('is what JSON.parse reads back, and encoding that again gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      }),
    )
  })

  it('sorts keys at every depth, drops undefined properties and writes -0 and non-finite numbers as JSON does', () => {
    expect(canonicalJson({ b: 1, a: [true, undefined, -0], c: undefined, d: { z: NaN, y: Infinity } })).toBe(
      '{"a":[true,null,0],"b":1,"d":{"y":null,"z":null}}',
    )
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }))
  })
})

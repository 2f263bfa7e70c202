import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: { d: 1, c: [2, { z: 1, y: undefined, x: null }] }, a: 'á' })).toBe(
      '{"a":"á","b":{"c":[2,{"x":null,"z":1}],"d":1}}',
    )
  })

  it('gives the same text for the same data built in another key order', () => {
    const one = { unit: 'STC', score: 61.25, answers: { MayTinh: 120, CoWebsite: true } }
    const two = { answers: { CoWebsite: true, MayTinh: 120 }, score: 61.25, unit: 'STC' }

    expect(canonicalJson(one)).toBe(canonicalJson(two))
    expect(canonicalJson(one)).not.toBe(canonicalJson({ ...two, score: 61.26 }))
  })

  it('writes numbers and missing array items as JSON does', () => {
    expect(canonicalJson([-0, Number.NaN, Infinity, undefined, 1e21, 0.1 + 0.2])).toBe(
      '[0,null,null,null,1e+21,0.30000000000000004]',
    )
    expect(canonicalJson(undefined)).toBe('null')
  })

  it('keeps a key named __proto__ as data, so data with it and without it hash differently', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":2}}') as unknown
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":2},"b":1}')
    expect(canonicalJson(parsed)).not.toBe(canonicalJson({ b: 1 }))
  })
})

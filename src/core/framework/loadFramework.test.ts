import { describe, expect, it } from 'vitest'
import { loadFramework } from './loadFramework'
import { aFramework, anIndicator } from './testing/aFramework'

describe('loadFramework', () => {
  it('parses and validates a framework file', () => {
    expect(loadFramework(JSON.parse(JSON.stringify(aFramework())))).toEqual({ ok: true, value: aFramework() })
  })

  it('stops at shape problems', () => {
    expect(loadFramework({ ...aFramework(), indicators: 'none' })).toEqual({
      ok: false,
      error: [
        {
          code: 'schema-invalid',
          path: 'indicators',
          message: 'Invalid input: expected array, received string',
        },
      ],
    })
  })

  it('reports semantic problems of a well-shaped file', () => {
    const indicators = [
      ...aFramework().indicators,
      anIndicator({ code: 'I9', parent: 'NOPE', formula: 'MayTinh' }),
    ]
    const input: unknown = JSON.parse(JSON.stringify(aFramework({ indicators })))

    expect(loadFramework(input)).toEqual({
      ok: false,
      error: [{ code: 'unknown-parent', path: 'indicators[4].parent', parent: 'NOPE' }],
    })
  })
})

import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { readCellNumber } from './cellNumber'

/** The reading of number text before the fast path for plain forms was added. */
function generalReading(text: string): number | null | 'invalid' {
  const compact = text.replace(/[\s\u00A0\u202F\u2009]+/g, '').replace(/^\u2212/, '-')
  if (compact === '') return null
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/.test(compact)) return 'invalid'
  const value = Number(compact.replace(',', '.'))
  return Number.isFinite(value) ? value + 0 : 'invalid'
}

const numberish = fc
  .array(fc.constantFrom('0', '1', '7', '9', '.', ',', 'e', 'E', '+', '-', '\u2212', ' ', 'x', '_'), {
    maxLength: 12,
  })
  .map((characters) => characters.join(''))

test.prop([fc.oneof(numberish, fc.double().map(String), fc.string())], { numRuns: 2000 })(
  'reads any text exactly as the general path does',
  (text) => {
    expect(readCellNumber(text)).toEqual(generalReading(text))
  },
)

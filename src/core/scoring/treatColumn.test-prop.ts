import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { passesSkewKurtosis, skewKurtosis } from './skewKurtosis'
import { treatColumn } from './treatColumn'

// Skewed columns: mostly small values with a few large ones, some missing.
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  { weight: 1, arbitrary: fc.constant(null) },
)
const column = fc.array(cell, { minLength: 0, maxLength: 60 }).map((cells) => ({
  values: Float64Array.from(cells, (value) => value ?? Number.NaN),
  missing: Uint8Array.from(cells, (value) => (value === null ? 1 : 0)),
}))
const treatment = fc.oneof(
  fc.record({ method: fc.constant('coinr' as const), winmax: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ method: fc.constant('winsorise' as const), winmax: fc.integer({ min: 0, max: 8 }) }),
  fc.constant({ method: 'log' as const }),
)

test.prop([column, treatment])(
  'never changes a column that passes (or cannot take) the skew/kurtosis test',
  (input, how) => {
    const passes = passesSkewKurtosis(skewKurtosis(input.values, input.missing))
    fc.pre(passes !== false)
    const result = treatColumn(input.values, input.missing, how)
    expect(result.values).toEqual(input.values)
    expect(result.record).toEqual({ winsorised: 0, rows: [], log: false })
  },
)

test.prop([column, treatment])(
  'keeps missing values missing and Winsorised values within the original range',
  (input, how) => {
    const result = treatColumn(input.values, input.missing, how)
    const present = [...input.values].filter((_, index) => input.missing[index] === 0)
    const [min, max] = [Math.min(...present), Math.max(...present)]
    input.missing.forEach((flag, index) => {
      if (flag === 1) expect(Number.isNaN(result.values[index] as number)).toBe(true)
    })
    if (result.record.log) return
    result.values.forEach((value, index) => {
      if (input.missing[index] === 1) return
      expect(value >= min && value <= max).toBe(true)
      if (!result.record.rows.includes(index)) expect(value).toBe(input.values[index])
    })
    expect(result.record.rows.length).toBeLessThanOrEqual(result.record.winsorised)
  },
)

test.prop([column, treatment, fc.integer()])(
  'does not depend on the order of the units',
  (input, how, seed) => {
    const order = [...input.values.keys()].sort(
      (a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b,
    )
    const shuffled = {
      values: Float64Array.from(order, (index) => input.values[index] as number),
      missing: Uint8Array.from(order, (index) => input.missing[index] as number),
    }
    const direct = treatColumn(input.values, input.missing, how)
    const permuted = treatColumn(shuffled.values, shuffled.missing, how)
    expect(permuted.record.log).toBe(direct.record.log)
    expect(permuted.record.winsorised).toBe(direct.record.winsorised)
    expect(
      permuted.record.rows.map((row) => order[row]).sort((a, b) => (a as number) - (b as number)),
    ).toEqual(direct.record.rows)
    order.forEach((index, position) => {
      const [a, b] = [permuted.values[position] as number, direct.values[index] as number]
      if (Number.isNaN(b)) expect(Number.isNaN(a)).toBe(true)
      else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)))
    })
  },
)

import { describe, expect, it } from 'vitest'
import { indicatorSchema } from './frameworkSchema'
import { methodDefaultsSchema, treatmentSchema } from './methodSchema'

describe('treatment in the framework method (decision 0017)', () => {
  it('stays absent when not given, so existing frameworks serialise unchanged', () => {
    expect(methodDefaultsSchema.parse({})).not.toHaveProperty('treatment')
    const indicator = indicatorSchema.parse({ code: 'A', name: { vi: 'A' }, formula: 'x', parent: 'P' })
    expect(indicator).not.toHaveProperty('treatment')
  })

  it('accepts none, COINr with a number of points, Winsorise-only and log, per framework and per indicator', () => {
    expect(methodDefaultsSchema.parse({ treatment: { method: 'coinr', winmax: 5 } }).treatment).toEqual({
      method: 'coinr',
      winmax: 5,
    })
    for (const treatment of [{ method: 'none' }, { method: 'winsorise', winmax: 3 }, { method: 'log' }])
      expect(treatmentSchema.safeParse(treatment).success, JSON.stringify(treatment)).toBe(true)
    expect(
      indicatorSchema.parse({
        code: 'A',
        name: { vi: 'A' },
        formula: 'x',
        parent: 'P',
        treatment: { method: 'log' },
      }).treatment,
    ).toEqual({ method: 'log' })
  })

  it('refuses a missing or fractional number of points, an unknown method and extra keys', () => {
    for (const treatment of [
      { method: 'coinr' },
      { method: 'coinr', winmax: 2.5 },
      { method: 'winsorise', winmax: -1 },
      { method: 'boxcox' },
      { method: 'log', winmax: 5 },
    ])
      expect(treatmentSchema.safeParse(treatment).success, JSON.stringify(treatment)).toBe(false)
  })
})

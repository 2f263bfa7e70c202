import { describe, expect, it } from 'vitest'
import { parseFramework } from '@core/framework/parseFramework'
import { validateFramework } from '@core/framework/validateFramework'
import { aFramework } from './aFramework'
import { aPointsFramework } from './aPointsFramework'

describe('aFramework', () => {
  it('builds a valid relative framework', () => {
    expect(validateFramework(aFramework())).toEqual({ ok: true, value: aFramework() })
  })

  it('builds a framework that parses to itself', () => {
    expect(parseFramework(JSON.parse(JSON.stringify(aFramework())))).toEqual({
      ok: true,
      value: aFramework(),
    })
  })

  it('replaces top-level fields with the overrides', () => {
    expect(aFramework({ year: 2030 }).year).toBe(2030)
  })
})

describe('aPointsFramework', () => {
  it('builds a valid points framework', () => {
    expect(validateFramework(aPointsFramework())).toEqual({ ok: true, value: aPointsFramework() })
  })

  it('builds a framework that parses to itself', () => {
    expect(parseFramework(JSON.parse(JSON.stringify(aPointsFramework())))).toEqual({
      ok: true,
      value: aPointsFramework(),
    })
  })
})

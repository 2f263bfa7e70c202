import { describe, expect, it } from 'vitest'
import { hashForRoute, routeFromHash } from './routes'

describe('routeFromHash', () => {
  it.each([
    ['#/unit', 'unit'],
    ['#/evaluator/anything', 'evaluator'],
    ['#/manager?year=2025', 'manager'],
    ['#/settings', 'settings'],
    ['', 'home'],
    ['#/', 'home'],
    ['#/nowhere', 'home'],
  ])('reads %s as %s', (hash, route) => {
    expect(routeFromHash(hash)).toBe(route)
  })

  it('round-trips every route through its hash', () => {
    for (const route of ['home', 'unit', 'evaluator', 'manager', 'settings'] as const) {
      expect(routeFromHash(hashForRoute(route))).toBe(route)
    }
  })
})

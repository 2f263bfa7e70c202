import { describe, expect, it } from 'vitest'
import { hashForManagerRoute, managerRouteFromHash } from './managerRoute'

describe('managerRouteFromHash', () => {
  it('reads the unit view with a unit code', () => {
    expect(managerRouteFromHash('#/manager/unit/Q-H%C3%A0')).toEqual({ view: 'unit', unitCode: 'Q-Hà' })
  })

  it('falls back to all units for anything else', () => {
    expect(managerRouteFromHash('#/manager')).toEqual({ view: 'all' })
    expect(managerRouteFromHash('#/manager/whatever')).toEqual({ view: 'all' })
  })

  it('round-trips a route through its hash', () => {
    const route = { view: 'unit', unitCode: 'SYN-0001' } as const

    expect(managerRouteFromHash(hashForManagerRoute(route))).toEqual(route)
  })
})

import { describe, expect, it } from 'vitest'
import { createRevealRegistry } from './revealRegistry'

describe('createRevealRegistry', () => {
  it('hands out one opaque token per path and resolves only its own tokens', () => {
    const registry = createRevealRegistry()

    const token = registry.remember('/home/u/SNV-2025.xlsx')

    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    expect(registry.remember('/home/u/SNV-2025.xlsx')).toBe(token)
    expect(registry.pathFor(token)).toBe('/home/u/SNV-2025.xlsx')
    expect(registry.pathFor('/home/u/SNV-2025.xlsx')).toBeNull()
  })

  it('forgets the oldest paths beyond its capacity', () => {
    let next = 0
    const registry = createRevealRegistry({ capacity: 2, newToken: () => `t${next++}` })

    registry.remember('/a')
    registry.remember('/b')
    registry.remember('/c')

    expect([registry.pathFor('t0'), registry.pathFor('t1'), registry.pathFor('t2')]).toEqual([
      null,
      '/b',
      '/c',
    ])
  })
})

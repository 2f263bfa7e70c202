import { describe, expect, it } from 'vitest'
import { readStoredRole, storeRole } from './roleStore'

const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('the remembered role', () => {
  it('is null until a role is chosen, then the chosen role, and null again when forgotten', () => {
    const storage = memoryStorage()
    expect(readStoredRole(storage)).toBeNull()

    storeRole('evaluator', storage)
    expect(readStoredRole(storage)).toBe('evaluator')

    storeRole(null, storage)
    expect(readStoredRole(storage)).toBeNull()
  })

  it('ignores a stored value that is not a role', () => {
    const storage = memoryStorage()
    storage.setItem('ictwb.role', 'director')

    expect(readStoredRole(storage)).toBeNull()
  })

  it('survives a storage that refuses to be read or written', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('blocked')
      },
      removeItem: () => {
        throw new Error('blocked')
      },
    }

    expect(readStoredRole(broken)).toBeNull()
    expect(() => storeRole('manager', broken)).not.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { hashKey, hashState } from './hashKey'

describe('hashKey', () => {
  it('gives the same unsigned 32-bit number for the same text', () => {
    const hash = hashKey('1|SNV|2025|MayBan')

    expect(hashKey('1|SNV|2025|MayBan')).toBe(hash)
    expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true)
  })

  it('separates keys that differ in one character', () => {
    const hashes = new Set(['MayBan1', 'MayBan2', 'MayBan3', 'MayBam1', 'SNV', 'SNW'].map(hashKey))

    expect(hashes.size).toBe(6)
  })

  it('hashes Vietnamese text by its code units', () => {
    expect(hashKey('Sở Nội vụ')).not.toBe(hashKey('So Noi vu'))
  })
})

describe('hashState', () => {
  it('continues a prefix so that the joined text hashes the same', () => {
    expect(hashKey('MayBan', hashState('1|SNV|'))).toBe(hashKey('1|SNV|MayBan'))
  })
})

import { describe, expect, it } from 'vitest'
import {
  currentDataAddress,
  DATA_ADDRESSES_KEY,
  knownDataAddresses,
  rememberDataAddress,
} from './dataAddresses'

function memoryStorage(full = false): Storage {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
  } as Storage
}

describe('data addresses', () => {
  it('splits the address into the origin the data belongs to and the page path', () => {
    expect(currentDataAddress({ origin: 'http://intranet:8080', pathname: '/ict/' })).toEqual({
      origin: 'http://intranet:8080',
      path: '/ict/',
    })
  })

  it('remembers each address once, in order', () => {
    const storage = memoryStorage()
    expect(knownDataAddresses(storage)).toEqual([])
    rememberDataAddress(storage, 'http://intranet/ict/')
    rememberDataAddress(storage, 'http://intranet/chi-so/')
    expect(rememberDataAddress(storage, 'http://intranet/ict/')).toEqual([
      'http://intranet/ict/',
      'http://intranet/chi-so/',
    ])
    expect(storage.getItem(DATA_ADDRESSES_KEY)).toBe('["http://intranet/ict/","http://intranet/chi-so/"]')
  })

  it('reads damaged content as no address, and survives a storage that refuses writes', () => {
    const storage = memoryStorage()
    storage.setItem(DATA_ADDRESSES_KEY, '{not json')
    expect(knownDataAddresses(storage)).toEqual([])
    storage.setItem(DATA_ADDRESSES_KEY, '[1,"http://a/"]')
    expect(knownDataAddresses(storage)).toEqual(['http://a/'])
    expect(rememberDataAddress(memoryStorage(true), 'http://a/')).toEqual([])
  })
})

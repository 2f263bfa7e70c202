import { describe, expect, it } from 'vitest'
import type { DatabaseMarker } from '@core/storage/checkDatabaseMarker'
import {
  createDesktopMarkerStore,
  createLocalStorageMarkerStore,
  markerStorageKey,
} from './databaseMarkerStore'

/** The part of `Storage` the store uses, in memory; `full` makes every write throw as a full quota does. */
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

const marker: DatabaseMarker = {
  format: 1,
  databaseName: 'ict-index-workbench',
  identity: 'id-1',
  counts: { submissions: 3 },
  lastChangeAt: '2026-12-07T06:00:00.000Z',
}

describe('createLocalStorageMarkerStore', () => {
  it('keeps one marker per database name', async () => {
    const storage = memoryStorage()
    const store = createLocalStorageMarkerStore(() => storage)

    expect(await store.write(marker)).toBe(true)

    expect(await store.read('ict-index-workbench')).toEqual(marker)
    expect(await store.read('ict-index-workbench-sample')).toBeNull()
    expect(storage.getItem(markerStorageKey('ict-index-workbench'))).toBe(JSON.stringify(marker))
  })

  it('reads an edited marker as none, and says when storage refuses a write', async () => {
    const storage = memoryStorage()
    storage.setItem(markerStorageKey('ict-index-workbench'), '{"format":2}')

    expect(await createLocalStorageMarkerStore(() => storage).read('ict-index-workbench')).toBeNull()
    expect(await createLocalStorageMarkerStore(() => memoryStorage(true)).write(marker)).toBe(false)
    expect(await createLocalStorageMarkerStore(() => undefined).write(marker)).toBe(false)
  })
})

describe('createDesktopMarkerStore', () => {
  it('reads and writes through the bridge, and treats a bridge failure as no marker / not written', async () => {
    const files = new Map<string, DatabaseMarker>()
    const store = createDesktopMarkerStore({
      readDatabaseMarker: async ({ databaseName }) => ({ ok: true, value: files.get(databaseName) ?? null }),
      writeDatabaseMarker: async ({ marker: written }) => {
        files.set(written.databaseName, written)
        return { ok: true, value: null }
      },
    })
    expect(await store.write(marker)).toBe(true)
    expect(await store.read('ict-index-workbench')).toEqual(marker)

    const failing = createDesktopMarkerStore({
      readDatabaseMarker: async () => ({ ok: false, error: { code: 'io-failed', message: 'EACCES' } }),
      writeDatabaseMarker: () => Promise.reject(new Error('bridge gone')),
    })
    expect(await failing.read('ict-index-workbench')).toBeNull()
    expect(await failing.write(marker)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { classifyStorageError } from './storageError'

describe('classifyStorageError', () => {
  it('finds a quota error wrapped in a transaction AbortError, as Chrome reports a full disk', () => {
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('', 'QuotaExceededError'),
    })

    expect(classifyStorageError(abort).code).toBe('quota')
  })

  it('reads the blob-file I/O error Chromium gives on a full disk as storage full', () => {
    const abort = Object.assign(new Error('DataError Failed to write blobs (IOError)'), {
      name: 'AbortError',
      inner: Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'DataError' }),
    })

    expect(classifyStorageError(abort).code).toBe('quota')
  })

  it('reads the failed reopen and the key-generator error Chromium gives after a full disk as storage full', () => {
    const reopen = Object.assign(
      new Error('UnknownError Internal error opening backing store for indexedDB.open.'),
      {
        name: 'DatabaseClosedError',
        inner: Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), {
          name: 'UnknownError',
        }),
      },
    )
    const keyGenerator = Object.assign(new Error('Maximum key generator value reached.'), {
      name: 'ConstraintError',
    })

    expect(classifyStorageError(reopen).code).toBe('quota')
    expect(classifyStorageError(keyGenerator).code).toBe('quota')
  })

  it('reads the damaged database Chromium reports after a full disk as corrupted, not as something to retry', () => {
    const corrupted = Object.assign(new Error('UnknownError Corruption detected, unable to continue'), {
      name: 'AbortError',
      inner: Object.assign(new Error('Corruption detected, unable to continue'), { name: 'UnknownError' }),
    })

    expect(classifyStorageError(corrupted).code).toBe('corrupted')
  })

  it('tells a plain abort, a closed database and anything else apart', () => {
    expect(classifyStorageError(new DOMException('x', 'AbortError')).code).toBe('aborted')
    expect(
      classifyStorageError(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' })).code,
    ).toBe('closed')
    expect(classifyStorageError(new Error('Unexpected token in stored row')).code).toBe('unknown')
    expect(classifyStorageError('boom')).toEqual({ code: 'unknown', message: 'boom' })
  })
})

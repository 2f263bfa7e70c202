import { describe, expect, it } from 'vitest'
import { forgetOrderlyExit, ORDERLY_EXIT_KEY, wasLeftInOrder, watchOrderlyExit } from './orderlyExit'

function fakePage() {
  const listeners = new Map<string, Set<() => void>>()
  const values = new Map<string, string>()
  return {
    target: {
      addEventListener: (type: string, listener: () => void) =>
        void listeners.set(type, new Set([...(listeners.get(type) ?? []), listener])),
      removeEventListener: (type: string, listener: () => void) => void listeners.get(type)?.delete(listener),
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
    storage: {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    },
    fire: (type: string) => [...(listeners.get(type) ?? [])].forEach((listener) => listener()),
    values,
  }
}

describe('orderly exit of a running import', () => {
  it('notes a batch whose page was hidden (closed, reloaded) and not one whose page died', () => {
    const page = fakePage()
    watchOrderlyExit('b-1', page.target, page.storage)
    watchOrderlyExit('b-2', page.target, page.storage)
    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)

    page.fire('pagehide')

    expect(wasLeftInOrder('b-1', page.storage)).toBe(true)
    expect(wasLeftInOrder('b-2', page.storage)).toBe(true)
    expect(wasLeftInOrder('b-3', page.storage)).toBe(false)
  })

  it('takes the note back when the page comes back from the back-forward cache, and forgets on request', () => {
    const page = fakePage()
    watchOrderlyExit('b-1', page.target, page.storage)
    page.fire('pagehide')
    page.fire('pageshow')
    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)

    page.fire('pagehide')
    forgetOrderlyExit('b-1', page.storage)
    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)
  })

  it('stops watching once the batch ended', () => {
    const page = fakePage()
    const stop = watchOrderlyExit('b-1', page.target, page.storage)

    stop()
    page.fire('pagehide')

    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)
  })

  it('reads an unreadable note as no note', () => {
    const page = fakePage()
    page.values.set(ORDERLY_EXIT_KEY, '{not json')
    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)
    page.values.set(ORDERLY_EXIT_KEY, '{"b-1":true}')
    expect(wasLeftInOrder('b-1', page.storage)).toBe(false)
  })
})

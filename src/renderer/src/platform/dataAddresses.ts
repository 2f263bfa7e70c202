/** Where the browser edition keeps the addresses its data was used from (this origin's localStorage). */
export const DATA_ADDRESSES_KEY = 'ictwb.dataAddresses'

/**
 * The address the app was opened from: the origin its data belongs to (scheme, host and port:
 * IndexedDB and localStorage are kept per origin) and the path of the page on that server.
 *
 * @example
 *   currentDataAddress({ origin: 'http://intranet', pathname: '/ict/' }) // => { origin: 'http://intranet', path: '/ict/' }
 */
export function currentDataAddress(location: Pick<Location, 'origin' | 'pathname'> = window.location): {
  readonly origin: string
  readonly path: string
} {
  return { origin: location.origin, path: location.pathname }
}

/**
 * The addresses (origin + path) this origin's data has been used from, oldest first. Being kept in
 * the origin's own storage, the list never names another origin: an empty list at start means the
 * app has not been used at this address before (a first start, or a site moved to a new address,
 * whose data stayed at the old one). Unreadable or foreign content counts as none.
 *
 * @example
 *   knownDataAddresses(localStorage) // => ['http://intranet/ict/']
 */
export function knownDataAddresses(storage: Pick<Storage, 'getItem'>): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage.getItem(DATA_ADDRESSES_KEY) ?? '[]')
  } catch {
    return []
  }
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []
}

/**
 * Adds an address to the list (once). A storage that refuses the write (full, blocked) is left as
 * it is: the notice then shows again at the next start, which is harmless. Returns the new list.
 *
 * @example
 *   rememberDataAddress(localStorage, 'http://intranet/ict/') // => ['http://intranet/ict/']
 */
export function rememberDataAddress(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  address: string,
): string[] {
  const known = knownDataAddresses(storage)
  if (known.includes(address)) return known
  const next = [...known, address]
  try {
    storage.setItem(DATA_ADDRESSES_KEY, JSON.stringify(next))
  } catch {
    return known
  }
  return next
}

/** The manager's own views, read from the hash after `#/manager`. */
export type ManagerRoute =
  { readonly view: 'all' } | { readonly view: 'unit'; readonly unitCode: string | null }

/**
 * Parses `#/manager`, `#/manager/all`, `#/manager/unit` and `#/manager/unit/<code>` (the code
 * URI-encoded); anything else is the all-units view.
 */
export function managerRouteFromHash(hash: string): ManagerRoute {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? []
  if (parts[0] !== 'manager' || parts[1] !== 'unit') return { view: 'all' }
  const code = parts[2] === undefined || parts[2] === '' ? null : safeDecode(parts[2])
  return { view: 'unit', unitCode: code }
}

/** The hash of a manager view. */
export function hashForManagerRoute(route: ManagerRoute): string {
  if (route.view === 'all') return '#/manager/all'
  return route.unitCode === null ? '#/manager/unit' : `#/manager/unit/${encodeURIComponent(route.unitCode)}`
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

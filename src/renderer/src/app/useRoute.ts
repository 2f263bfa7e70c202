import { useCallback, useEffect, useState } from 'react'
import { hashForRoute, routeFromHash, type Route } from './routes'

/** Hash routing: works the same under app://, http:// and file://, and survives a reload. */
export function useRoute(): readonly [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = hashForRoute(next)
  }, [])
  return [route, navigate]
}

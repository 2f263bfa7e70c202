import { useCallback, useEffect, useState } from 'react'
import { hashForManagerRoute, managerRouteFromHash, type ManagerRoute } from './managerRoute'

/** The manager's sub-route from the hash, and a way to go to another. */
export function useManagerRoute(): readonly [ManagerRoute, (route: ManagerRoute) => void] {
  const [route, setRoute] = useState<ManagerRoute>(() => managerRouteFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setRoute(managerRouteFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: ManagerRoute) => {
    window.location.hash = hashForManagerRoute(next)
  }, [])
  return [route, navigate]
}

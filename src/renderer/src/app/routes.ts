export const ROUTES = ['home', 'unit', 'evaluator', 'manager', 'frameworks', 'settings', 'guide'] as const
export type Route = (typeof ROUTES)[number]

/**
 * The mode a router path belongs to (its first segment), for the navigation's current page and
 * the per-mode error boundary; anything unknown is home, as the route table's fallback shows.
 */
export function routeFromPathname(pathname: string): Route {
  const name = pathname.replace(/^\//, '').split('/')[0] ?? ''
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home'
}

/** The router path of a mode's first screen (`/unit`, shown in the address bar as `#/unit`). */
export const pathForRoute = (route: Route): string => (route === 'home' ? '/' : `/${route}`)

export const ROUTES = ['home', 'unit', 'evaluator', 'manager', 'frameworks', 'settings'] as const
export type Route = (typeof ROUTES)[number]

/** Reads the route from a location hash such as `#/evaluator`; anything unknown is home. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home'
}

export const hashForRoute = (route: Route): string => (route === 'home' ? '#/' : `#/${route}`)

import { useRouteError } from 'react-router'

/**
 * The root route's error element: hands an error the shell itself threw on to the app's own
 * `RootErrorBoundary` (translated, with a reload button) instead of react-router's English default.
 */
export function RethrowRouteError(): never {
  throw useRouteError()
}

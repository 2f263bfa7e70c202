import { createHashRouter, RouterProvider } from 'react-router'
import { appRoutes } from './app/appRoutes'
import { DatabaseProvider } from './app/DatabaseProvider'
import { RootErrorBoundary } from './app/RootErrorBoundary'

// Hash routing works the same under app://, http:// and file://, and survives a reload; a data
// router so that screens can block leaving (useBlocker). Created once, outside React.
const router = createHashRouter(appRoutes)

/** Providers, then the router: the shell and the page for the current hash. */
export function App() {
  return (
    <RootErrorBoundary>
      <DatabaseProvider>
        <RouterProvider router={router} />
      </DatabaseProvider>
    </RootErrorBoundary>
  )
}

import { Outlet, useLocation } from 'react-router'
import { ShellBridge } from '../features/settings/ShellBridge'
import { AppShell } from './AppShell'
import { DiagnosticCrash, isDiagnosticCrashRequested } from './DiagnosticCrash'
import { RootErrorBoundary } from './RootErrorBoundary'
import { routeFromPathname } from './routes'

/** The root route: the shell around the current mode's screen, with one error boundary per mode. */
export function ShellLayout() {
  const route = routeFromPathname(useLocation().pathname)
  return (
    <AppShell route={route}>
      <ShellBridge />
      <RootErrorBoundary key={route}>
        {isDiagnosticCrashRequested() ? <DiagnosticCrash /> : <Outlet />}
      </RootErrorBoundary>
    </AppShell>
  )
}

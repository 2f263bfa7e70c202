import { useCallback, useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation } from 'react-router'
import { OperatorProvider } from '../features/operator/OperatorProvider'
import { BackupReminder } from '../features/settings/BackupReminder'
import { NewAddressNotice } from '../features/settings/NewAddressNotice'
import { ShellBridge } from '../features/settings/ShellBridge'
import { AppShell } from './AppShell'
import { DiagnosticCrash, isDiagnosticCrashRequested } from './DiagnosticCrash'
import { RootErrorBoundary } from './RootErrorBoundary'
import { routeFromPathname } from './routes'
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate'
import { windowTitle } from './windowTitle'

/** The root route: the shell around the current mode's screen, with one error boundary per mode. */
export function ShellLayout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const route = routeFromPathname(pathname)
  // The mode's name until the screen says more (useDocumentTitle runs after layout effects).
  const modeTitle = windowTitle([t(`nav.${route}`)], t('app.windowTitle'))
  useLayoutEffect(() => {
    document.title = modeTitle
  }, [modeTitle, pathname])
  useFocusHeadingOnNavigate(
    pathname,
    useCallback(() => document.getElementById('main'), []),
  )
  return (
    <OperatorProvider route={route}>
      <AppShell route={route}>
        <ShellBridge />
        <NewAddressNotice />
        <BackupReminder />
        <RootErrorBoundary key={route}>
          {isDiagnosticCrashRequested() ? <DiagnosticCrash /> : <Outlet />}
        </RootErrorBoundary>
      </AppShell>
    </OperatorProvider>
  )
}

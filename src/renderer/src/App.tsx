import { DatabaseProvider } from './app/DatabaseProvider'
import { AppShell } from './app/AppShell'
import { DiagnosticCrash, isDiagnosticCrashRequested } from './app/DiagnosticCrash'
import { RootErrorBoundary } from './app/RootErrorBoundary'
import { useRoute } from './app/useRoute'
import type { Route } from './app/routes'
import { FrameworkLibraryPage } from './features/frameworks/FrameworkLibraryPage'
import { EvaluatorModePage } from './features/evaluator/EvaluatorModePage'
import { HomePage } from './features/home/HomePage'
import { ManagerModePage } from './features/manager/ManagerModePage'
import { SettingsPage } from './features/settings/SettingsPage'
import { ShellBridge } from './features/settings/ShellBridge'
import { UnitModePage } from './features/unit/UnitModePage'

const PAGES: Readonly<Record<Route, () => React.JSX.Element>> = {
  home: HomePage,
  unit: UnitModePage,
  evaluator: EvaluatorModePage,
  manager: ManagerModePage,
  frameworks: FrameworkLibraryPage,
  settings: SettingsPage,
}

/** Providers, the shell and the page for the current route. */
export function App() {
  const [route] = useRoute()
  const Page = PAGES[route]
  return (
    <RootErrorBoundary>
      <DatabaseProvider>
        <AppShell route={route}>
          <ShellBridge />
          <RootErrorBoundary key={route}>
            {isDiagnosticCrashRequested() ? <DiagnosticCrash /> : <Page />}
          </RootErrorBoundary>
        </AppShell>
      </DatabaseProvider>
    </RootErrorBoundary>
  )
}

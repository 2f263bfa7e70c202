import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { openWorkbenchDatabase, type DatabaseOpenError, type WorkbenchDatabase } from '@core/storage/database'
import { useActiveWorkspace } from '../features/sample-workspace/useActiveWorkspace'
import { databaseNameFor } from '../features/sample-workspace/workspaceStore'

const DatabaseContext = createContext<WorkbenchDatabase | null>(null)

/** The open workbench database; only components under `DatabaseProvider` may call this. */
export function useDatabase(): WorkbenchDatabase {
  const database = useContext(DatabaseContext)
  if (database === null) throw new Error('useDatabase outside DatabaseProvider')
  return database
}

type OpenState =
  | { readonly status: 'opening' }
  | { readonly status: 'open'; readonly database: WorkbenchDatabase }
  | { readonly status: 'failed'; readonly error: DatabaseOpenError }

/**
 * Opens IndexedDB once (asking the browser to keep it persistently) and explains a failure plainly.
 * Only the active workspace's database is open: the sample workspace never touches the real one.
 */
export function DatabaseProvider({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation()
  const [state, setState] = useState<OpenState>({ status: 'opening' })
  const [attempt, setAttempt] = useState(0)
  const databaseName = databaseNameFor(useActiveWorkspace())
  useEffect(() => {
    let cancelled = false
    let database: WorkbenchDatabase | null = null
    void navigator.storage?.persist?.().catch(() => false)
    void openWorkbenchDatabase(databaseName, undefined, __APP_VERSION__).then((opened) => {
      if (cancelled) {
        if (opened.ok) opened.value.close()
        return
      }
      if (opened.ok) database = opened.value
      setState(
        opened.ok ? { status: 'open', database: opened.value } : { status: 'failed', error: opened.error },
      )
    })
    return () => {
      cancelled = true
      database?.close()
    }
  }, [attempt, databaseName])
  const retry = useCallback(() => {
    setState({ status: 'opening' })
    setAttempt((count) => count + 1)
  }, [])

  if (state.status === 'opening' || (state.status === 'open' && state.database.name !== databaseName))
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    )
  if (state.status === 'failed') {
    return (
      <main className="crash" role="alert">
        <h1>{t('errors.database.title')}</h1>
        <p>{databaseErrorText(t, state.error)}</p>
        <button type="button" className="button primary" onClick={retry}>
          {t('errors.database.retry')}
        </button>
      </main>
    )
  }
  return (
    <DatabaseContext.Provider key={databaseName} value={state.database}>
      {children}
    </DatabaseContext.Provider>
  )
}

/** The open error in words; a newer data format names the app version that wrote it when known. */
function databaseErrorText(t: TFunction, error: DatabaseOpenError): string {
  if (error.code !== 'database-newer-than-app') return t(`errors.database.${error.code}`)
  return error.neededAppVersion === null
    ? t('errors.database.database-newer-than-app', { found: error.found, supported: error.supported })
    : t('errors.database.database-newer-than-app-named', {
        found: error.found,
        supported: error.supported,
        neededAppVersion: error.neededAppVersion,
      })
}

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { openWorkbenchDatabase, type DatabaseOpenError, type WorkbenchDatabase } from '../../../core/storage/database'

const DatabaseContext = createContext<WorkbenchDatabase | null>(null)

/** The open workbench database; only components under `DatabaseProvider` may call this. */
export function useDatabase(): WorkbenchDatabase {
  const database = useContext(DatabaseContext)
  if (database === null) throw new Error('useDatabase outside DatabaseProvider')
  return database
}

type OpenState = { readonly status: 'opening' } | { readonly status: 'open'; readonly database: WorkbenchDatabase } | { readonly status: 'failed'; readonly error: DatabaseOpenError }

/** Opens IndexedDB once (asking the browser to keep it persistently) and explains a failure plainly. */
export function DatabaseProvider({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation()
  const [state, setState] = useState<OpenState>({ status: 'opening' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let cancelled = false
    void navigator.storage?.persist?.().catch(() => false)
    void openWorkbenchDatabase().then((opened) => {
      if (cancelled) {
        if (opened.ok) opened.value.close()
        return
      }
      setState(opened.ok ? { status: 'open', database: opened.value } : { status: 'failed', error: opened.error })
    })
    return () => {
      cancelled = true
    }
  }, [attempt])
  const retry = useCallback(() => {
    setState({ status: 'opening' })
    setAttempt((count) => count + 1)
  }, [])

  if (state.status === 'opening') return <p className="loading" role="status">{t('common.loading')}</p>
  if (state.status === 'failed') {
    return (
      <main className="crash" role="alert">
        <h1>{t('errors.database.title')}</h1>
        <p>{t(`errors.database.${state.error.code}`)}</p>
        <button type="button" className="button primary" onClick={retry}>
          {t('errors.database.retry')}
        </button>
      </main>
    )
  }
  return <DatabaseContext.Provider value={state.database}>{children}</DatabaseContext.Provider>
}

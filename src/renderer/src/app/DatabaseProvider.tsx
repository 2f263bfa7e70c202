import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { MarkerCheck } from '@core/storage/checkDatabaseMarker'
import {
  openWorkbenchDatabase,
  WORKBENCH_DATABASE_NAME,
  type DatabaseOpenError,
  type WorkbenchDatabase,
} from '@core/storage/database'
import { openWithUpgradeBackup } from '@core/storage/openWithUpgradeBackup'
import { useActiveWorkspace } from '../features/sample-workspace/useActiveWorkspace'
import { databaseNameFor } from '../features/sample-workspace/workspaceStore'
import { checkDatabaseOnOpen, followDatabaseChanges } from '../platform/databaseMarkerGuard'
import { getPlatform } from '../platform/getPlatform'
import { sweepInterruptedRestore } from '../platform/restoreLock'
import { DatabaseWipeScreen } from './DatabaseWipeScreen'

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
  | {
      readonly status: 'blocked'
      readonly database: WorkbenchDatabase
      readonly check: Extract<MarkerCheck, { status: 'blocked' }>
    }
  | { readonly status: 'failed'; readonly error: DatabaseOpenError }

/**
 * Opens IndexedDB once (asking the browser to keep it persistently) and explains a failure plainly.
 * Only the active workspace's database is open: the sample workspace never touches the real one.
 * The real database is checked against its marker kept outside IndexedDB: when it was emptied,
 * recreated or lost most of its rows, the wipe screen replaces the whole app (nothing can be
 * edited) until the user restores a backup or accepts the loss; otherwise the marker follows its
 * changes. The sample workspace, rebuilt from the app itself, has no marker. A database of an older
 * schema is backed up before it is upgraded; if that copy fails, it is not upgraded.
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
    // The real database is copied before a schema upgrade (decision 0023); the sample workspace,
    // rebuilt from the app itself, is not.
    const opening =
      databaseName === WORKBENCH_DATABASE_NAME
        ? openWithUpgradeBackup({
            name: databaseName,
            appVersion: __APP_VERSION__,
            backupBeforeUpgrade: getPlatform().backups.backupBeforeUpgrade,
          })
        : openWorkbenchDatabase(databaseName, undefined, __APP_VERSION__)
    void opening.then(async (opened) => {
      if (cancelled) {
        if (opened.ok) opened.value.close()
        return
      }
      if (!opened.ok) {
        setState({ status: 'failed', error: opened.error })
        return
      }
      database = opened.value
      // What a restore interrupted by a crash wrote ahead is nobody's data (decision 0030).
      await sweepInterruptedRestore(opened.value)
      if (cancelled) return
      if (databaseName !== WORKBENCH_DATABASE_NAME) {
        setState({ status: 'open', database: opened.value })
        return
      }
      const checked = await checkDatabaseOnOpen(opened.value, getPlatform().databaseMarkers)
      if (cancelled) return
      if (!checked.ok)
        setState({
          status: 'failed',
          error: { code: 'database-unavailable', message: checked.error.message },
        })
      else if (checked.value.status === 'blocked')
        setState({ status: 'blocked', database: opened.value, check: checked.value })
      else setState({ status: 'open', database: opened.value })
    })
    return () => {
      cancelled = true
      database?.close()
    }
  }, [attempt, databaseName])
  const openDatabase = state.status === 'open' ? state.database : null
  useEffect(() => {
    if (openDatabase === null || openDatabase.name !== WORKBENCH_DATABASE_NAME) return
    return followDatabaseChanges(openDatabase, getPlatform().databaseMarkers)
  }, [openDatabase])
  const retry = useCallback(() => {
    setState({ status: 'opening' })
    setAttempt((count) => count + 1)
  }, [])

  if (state.status === 'opening' || (state.status !== 'failed' && state.database.name !== databaseName))
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    )
  if (state.status === 'blocked') {
    const { database } = state
    return (
      <DatabaseWipeScreen
        check={state.check}
        database={database}
        onAccepted={() => setState({ status: 'open', database })}
      />
    )
  }
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
  if (error.code === 'database-upgrade-backup-failed')
    return t('errors.database.database-upgrade-backup-failed', { from: error.from, to: error.to })
  if (error.code !== 'database-newer-than-app') return t(`errors.database.${error.code}`)
  return error.neededAppVersion === null
    ? t('errors.database.database-newer-than-app', { found: error.found, supported: error.supported })
    : t('errors.database.database-newer-than-app-named', {
        found: error.found,
        supported: error.supported,
        neededAppVersion: error.neededAppVersion,
      })
}

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { AuditOperator, OperatorMode } from '@core/audit/auditOperator'
import { bindAuditOperator } from '@core/storage/auditLogAppend'
import { logOperatorChange } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { OperatorDialog } from './OperatorDialog'
import './operator.css'
import { operatorModeOf, operatorStore } from './operatorStore'

export type OperatorApi = {
  /** The mode the current screen works in. */
  readonly mode: OperatorMode
  /** Its operator, or `null` when nobody has given a name in this mode on this machine. */
  readonly operator: AuditOperator | null
  /** Opens the dialog to change the operator (the change is logged). */
  change(): void
  /**
   * The operator, asking for one first when there is none: resolves to `null` only when the user
   * closes the dialog without giving a name (the action then does not run).
   */
  require(): Promise<AuditOperator | null>
}

const OperatorContext = createContext<OperatorApi | null>(null)

/** The operator of the current mode; only under `OperatorProvider`. */
export function useOperator(): OperatorApi {
  const api = useContext(OperatorContext)
  if (api === null) throw new Error('useOperator outside OperatorProvider')
  return api
}

type DialogState = {
  readonly purpose: 'required' | 'change'
  readonly done: (operator: AuditOperator | null) => void
}

/**
 * Knows who works in each mode, tells the audit log (every entry written through this window's
 * database records the current mode's operator) and shows the operator dialog when asked.
 */
export function OperatorProvider({
  route,
  children,
}: {
  readonly route: string
  readonly children: ReactNode
}) {
  const database = useDatabase()
  const mode = operatorModeOf(route, operatorStore.lastMode())
  useEffect(() => operatorStore.rememberMode(mode), [mode])
  const version = useSyncExternalStore(operatorStore.subscribe, operatorStore.version)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read when the store changes
  const operator = useMemo(() => operatorStore.read(mode), [mode, version])
  useEffect(() => {
    bindAuditOperator(database, () => operatorStore.read(mode) ?? { mode, name: null })
  }, [database, mode])

  const [dialog, setDialog] = useState<DialogState | null>(null)
  const require = useCallback(
    () =>
      operator !== null
        ? Promise.resolve(operator)
        : new Promise<AuditOperator | null>((resolve) => setDialog({ purpose: 'required', done: resolve })),
    [operator],
  )
  const change = useCallback(() => setDialog({ purpose: 'change', done: () => undefined }), [])
  const save = useCallback(
    async (next: AuditOperator) => {
      const before = operatorStore.read(next.mode)
      operatorStore.write(next)
      const same = before?.name === next.name && before?.position === next.position
      const logged = same ? { ok: true as const } : await logOperatorChange(database, next.mode, before, next)
      if (!logged.ok) return logged.error
      dialog?.done(next)
      setDialog(null)
      return null
    },
    [database, dialog],
  )
  const cancel = useCallback(() => {
    dialog?.done(null)
    setDialog(null)
  }, [dialog])

  const api = useMemo(() => ({ mode, operator, change, require }), [mode, operator, change, require])
  return (
    <OperatorContext.Provider value={api}>
      {children}
      {dialog !== null && (
        <OperatorDialog
          mode={mode}
          purpose={dialog.purpose}
          current={operator}
          onSave={save}
          onCancel={cancel}
        />
      )}
    </OperatorContext.Provider>
  )
}

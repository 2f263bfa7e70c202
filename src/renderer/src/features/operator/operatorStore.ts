import {
  OPERATOR_MODES,
  readStoredOperator,
  type AuditOperator,
  type OperatorMode,
} from '@core/audit/auditOperator'

type OperatorStorage = Pick<Storage, 'getItem' | 'setItem'>

const keyFor = (mode: OperatorMode) => `ictwb.operator.${mode}`
const LAST_MODE_KEY = 'ictwb.operator.lastMode'

const listeners = new Set<() => void>()
let version = 0
const changed = () => {
  version += 1
  for (const listener of listeners) listener()
}

/**
 * The operator of each mode on this machine, kept in `localStorage` (the desktop app keeps it in
 * the same renderer storage), so it is asked once per mode. Other windows follow through the
 * `storage` event. A blocked storage keeps the operator until the page reloads.
 */
export const operatorStore = {
  /** Changes whenever an operator changes, for `useSyncExternalStore`. */
  version: (): number => version,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => {
      if (event.key?.startsWith('ictwb.operator.')) changed()
    }
    globalThis.addEventListener?.('storage', onStorage)
    return () => {
      listeners.delete(listener)
      globalThis.removeEventListener?.('storage', onStorage)
    }
  },
  read(
    mode: OperatorMode,
    storage: OperatorStorage | undefined = globalThis.localStorage,
  ): AuditOperator | null {
    try {
      const text = storage?.getItem(keyFor(mode)) ?? memory.get(mode) ?? null
      return text === null ? null : readStoredOperator(mode, JSON.parse(text))
    } catch {
      return readStoredOperator(mode, JSON.parse(memory.get(mode) ?? 'null'))
    }
  },
  write(operator: AuditOperator, storage: OperatorStorage | undefined = globalThis.localStorage): void {
    const text = JSON.stringify({ name: operator.name, position: operator.position ?? '' })
    memory.set(operator.mode, text)
    try {
      storage?.setItem(keyFor(operator.mode), text)
    } catch {
      // Private mode or a full quota: kept in memory until the page reloads.
    }
    changed()
  },
  /** The last of unit / evaluator / manager the user worked in (screens outside a mode act as it). */
  lastMode(storage: OperatorStorage | undefined = globalThis.localStorage): OperatorMode {
    try {
      const stored = storage?.getItem(LAST_MODE_KEY)
      return (OPERATOR_MODES as readonly (string | null | undefined)[]).includes(stored)
        ? (stored as OperatorMode)
        : 'evaluator'
    } catch {
      return 'evaluator'
    }
  },
  rememberMode(mode: OperatorMode, storage: OperatorStorage | undefined = globalThis.localStorage): void {
    try {
      storage?.setItem(LAST_MODE_KEY, mode)
    } catch {
      // Not kept: the default mode applies after a reload.
    }
  },
}

const memory = new Map<OperatorMode, string>()

/** The mode a route works in: its own for unit, evaluator and manager, otherwise the last one used. */
export function operatorModeOf(route: string, lastMode: OperatorMode): OperatorMode {
  return (OPERATOR_MODES as readonly string[]).includes(route) ? (route as OperatorMode) : lastMode
}

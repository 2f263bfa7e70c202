import { useSyncExternalStore } from 'react'
import { isGuideRole, type GuideRole } from './guideRoles'

const STORAGE_KEY = 'ictwb.role'
const listeners = new Set<() => void>()

/** The role the user chose on the first-run screen of this machine, or null when none (or storage is blocked). */
export function readStoredRole(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): GuideRole | null {
  try {
    const stored = storage?.getItem(STORAGE_KEY)
    return isGuideRole(stored) ? stored : null
  } catch {
    return null
  }
}

/** Remembers the chosen role (null forgets it); a blocked storage only loses the preference. */
export function storeRole(
  role: GuideRole | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (role === null) storage?.removeItem(STORAGE_KEY)
    else storage?.setItem(STORAGE_KEY, role)
  } catch {
    // Private mode or a full quota: the choice applies until the app closes.
  }
  fallbackRole = role
  for (const listener of listeners) listener()
}

// What the screen shows when storage refuses the write: the choice still holds in this window.
let fallbackRole: GuideRole | null | undefined

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The remembered role and a way to change it, re-rendering every user of it. */
export function useStoredRole(): readonly [GuideRole | null, (role: GuideRole | null) => void] {
  const role = useSyncExternalStore(subscribe, () => readStoredRole() ?? fallbackRole ?? null)
  return [role, storeRole]
}

import { SAMPLE_WORKSPACE_DATABASE_NAME } from '@core/storage/seedSampleWorkspace'
import { WORKBENCH_DATABASE_NAME } from '@core/storage/database'

/** Which database the app works in: the user's own (`real`) or the sample workspace. */
export type Workspace = 'real' | 'sample'

const STORAGE_KEY = 'ictwb.workspace'

/** The IndexedDB database of a workspace; the two never share one. */
export function databaseNameFor(workspace: Workspace): string {
  return workspace === 'sample' ? SAMPLE_WORKSPACE_DATABASE_NAME : WORKBENCH_DATABASE_NAME
}

function readStored(): Workspace {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'sample' ? 'sample' : 'real'
  } catch {
    return 'real'
  }
}

const listeners = new Set<() => void>()
let current: Workspace = readStored()

/**
 * The active workspace, kept in localStorage so a reload stays in it; other windows of the app
 * follow through the `storage` event.
 */
export const workspaceStore = {
  snapshot: (): Workspace => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return
      current = readStored()
      listener()
    }
    globalThis.addEventListener?.('storage', onStorage)
    return () => {
      listeners.delete(listener)
      globalThis.removeEventListener?.('storage', onStorage)
    }
  },
  set(workspace: Workspace): void {
    try {
      if (workspace === 'sample') globalThis.localStorage?.setItem(STORAGE_KEY, 'sample')
      else globalThis.localStorage?.removeItem(STORAGE_KEY)
    } catch {
      // Storage refused (private mode): the choice then lasts until the page reloads.
    }
    current = workspace
    for (const listener of listeners) listener()
  },
}

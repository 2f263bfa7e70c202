import { useSyncExternalStore } from 'react'
import { workspaceStore, type Workspace } from './workspaceStore'

/** The workspace the app works in now; re-renders when it changes. */
export function useActiveWorkspace(): Workspace {
  return useSyncExternalStore(workspaceStore.subscribe, workspaceStore.snapshot)
}

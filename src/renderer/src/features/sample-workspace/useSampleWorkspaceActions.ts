import { useCallback, useState } from 'react'
import {
  deleteSampleWorkspace,
  prepareSampleWorkspace,
  type SamplePreparationFailure,
} from './sampleWorkspaceDatabase'
import { workspaceStore } from './workspaceStore'

export type SampleWorkspaceActions = {
  readonly busy: 'entering' | 'deleting' | null
  readonly failure: SamplePreparationFailure | null
  /** Seeds the sample database when needed, then switches the app to it. */
  enter(): Promise<void>
  /** Back to the user's own database; the sample stays for next time. */
  leave(): void
  /** Back to the user's own database, and the sample database deleted. */
  remove(): Promise<void>
}

/** Entering, leaving and deleting the sample workspace, with the progress and failure to show. */
export function useSampleWorkspaceActions(): SampleWorkspaceActions {
  const [busy, setBusy] = useState<SampleWorkspaceActions['busy']>(null)
  const [failure, setFailure] = useState<SamplePreparationFailure | null>(null)
  const enter = useCallback(async () => {
    setBusy('entering')
    setFailure(null)
    const prepared = await prepareSampleWorkspace()
    setBusy(null)
    if (!prepared.ok) return setFailure(prepared.error)
    workspaceStore.set('sample')
  }, [])
  const leave = useCallback(() => workspaceStore.set('real'), [])
  const remove = useCallback(async () => {
    setBusy('deleting')
    setFailure(null)
    // Leave first: the provider closes its connection to the sample before the delete runs.
    workspaceStore.set('real')
    const deleted = await deleteSampleWorkspace()
    setBusy(null)
    if (!deleted.ok) setFailure(deleted.error)
  }, [])
  return { busy, failure, enter, leave, remove }
}

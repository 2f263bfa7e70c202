import { useSyncExternalStore } from 'react'
import type { AutosaveQueue } from './autosaveQueue'
import { rescuedEditCount } from './openAutosaveQueue'
import { SaveStatusBar } from './SaveStatusBar'

/** The save status, re-rendered on its own when a save starts, commits or fails. */
export function LiveSaveStatus({
  queue,
  readOnly,
}: {
  readonly queue: AutosaveQueue
  readonly readOnly: boolean
}) {
  const status = useSyncExternalStore(queue.subscribe, queue.getStatus)
  return (
    <SaveStatusBar
      status={status.status}
      concurrent={status.concurrent}
      readOnly={readOnly}
      rescued={rescuedEditCount(queue)}
      onRetry={() => void queue.retry()}
    />
  )
}

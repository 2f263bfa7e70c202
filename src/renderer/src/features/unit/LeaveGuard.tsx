import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router'
import { ConfirmDialog } from '../settings/ConfirmDialog'
import type { AutosaveQueue } from './autosaveQueue'

// A save normally commits in a few milliseconds: leaving waits for it this long before asking.
const ASK_AFTER_MS = 400

/**
 * Blocks leaving the questionnaire (any navigation to another path) while an edit is not confirmed
 * by the database. A pending edit is saved first and the navigation goes on by itself; when the
 * save failed, or takes too long, the officer chooses: stay, or leave and keep the edits in this
 * window's autosave queue (it retries, and reopening the revision reuses it).
 */
export function LeaveGuard({ queue }: { readonly queue: AutosaveQueue }) {
  const { t } = useTranslation()
  const hasFailed = useSyncExternalStore(queue.subscribe, queue.getStatus).status.kind === 'failed'
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && queue.hasUnsavedChanges(),
    [queue],
  )
  const blocker = useBlocker(shouldBlock)
  // The blocked navigation for which saving first did not settle it.
  const [unsettled, setUnsettled] = useState<Blocker | null>(null)

  useEffect(() => {
    if (blocker.state !== 'blocked' || hasFailed) return
    let isCurrent = true
    const ask = setTimeout(() => setUnsettled(blocker), ASK_AFTER_MS)
    void queue.flush().then(() => {
      if (!isCurrent) return
      clearTimeout(ask)
      if (queue.hasUnsavedChanges()) setUnsettled(blocker)
      else blocker.proceed()
    })
    return () => {
      isCurrent = false
      clearTimeout(ask)
    }
  }, [blocker, queue, hasFailed])

  if (blocker.state !== 'blocked' || !(hasFailed || unsettled === blocker)) return null
  return (
    <ConfirmDialog
      title={t('unit.leave.title')}
      body={t('unit.leave.body')}
      confirmLabel={t('unit.leave.leave')}
      cancelLabel={t('unit.leave.stay')}
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
    />
  )
}

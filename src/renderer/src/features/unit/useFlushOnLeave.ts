import { useEffect } from 'react'
import type { AutosaveQueue } from './autosaveQueue'

/**
 * Leaving or hiding the page saves what waits; closing it with unsaved edits asks first (the
 * browser's own question; leaving for another screen of the app asks through LeaveGuard).
 */
export function useFlushOnLeave(queue: AutosaveQueue): void {
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsavedChanges()) return
      void queue.flush()
      event.preventDefault()
    }
    const hidden = () => {
      if (document.visibilityState === 'hidden') void queue.flush()
    }
    window.addEventListener('beforeunload', beforeUnload)
    document.addEventListener('visibilitychange', hidden)
    return () => {
      window.removeEventListener('beforeunload', beforeUnload)
      document.removeEventListener('visibilitychange', hidden)
    }
  }, [queue])
}

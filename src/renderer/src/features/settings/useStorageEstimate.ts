import { useEffect, useState } from 'react'

export type StorageEstimate = {
  readonly persisted: boolean | null
  readonly usage: number | null
  readonly quota: number | null
}

/** Whether the browser keeps our data persistently, and how much space it uses. */
export function useStorageEstimate(): StorageEstimate {
  const [estimate, setEstimate] = useState<StorageEstimate>({ persisted: null, usage: null, quota: null })
  useEffect(() => {
    let cancelled = false
    const storage = navigator.storage
    if (!storage) return
    void Promise.all([storage.persisted().catch(() => null), storage.estimate().catch(() => null)]).then(
      ([persisted, sizes]) => {
        if (!cancelled) setEstimate({ persisted, usage: sizes?.usage ?? null, quota: sizes?.quota ?? null })
      },
    )
    return () => {
      cancelled = true
    }
  }, [])
  return estimate
}

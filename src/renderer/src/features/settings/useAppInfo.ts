import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../../shared/ipc/contract'
import { getPlatform } from '../../platform/getPlatform'

/** The host's version information, or null while loading or when unavailable. */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let cancelled = false
    void getPlatform()
      .getAppInfo()
      .then((result) => {
        if (!cancelled && result.ok) setInfo(result.value)
      })
    return () => {
      cancelled = true
    }
  }, [])
  return info
}

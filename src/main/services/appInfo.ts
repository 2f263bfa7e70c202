import { ok, type Result } from '@core/result'
import type { AppInfo, DesktopError } from '../../shared/ipc/contract'

/** Versions the About dialog and bug reports need. */
export function readAppInfo(
  version: string,
  versions: Readonly<Record<string, string | undefined>>,
  platform: string,
): Promise<Result<AppInfo, DesktopError>> {
  return Promise.resolve(
    ok({
      productName: 'ICT Index Workbench',
      version,
      runtime: 'desktop',
      electron: versions['electron'] ?? null,
      chrome: versions['chrome'] ?? null,
      node: versions['node'] ?? null,
      platform,
    }),
  )
}

import type { DesktopApi } from '../../../shared/ipc/contract'
import type { Platform } from './platform'

/** The platform in the desktop app: every call goes through the typed bridge. */
export function createDesktopPlatform(desktop: DesktopApi): Platform {
  return {
    runtime: 'desktop',
    getAppInfo: () => desktop.getAppInfo(),
    openFiles: (request) => desktop.openFiles(request),
    saveFile: (request) => desktop.saveFile(request),
    pickFolder: null,
  }
}

import { ok } from '@core/result'
import type { DesktopApi } from '../../../shared/ipc/contract'
import { createBackups } from './backups'
import { desktopBackupHost } from './desktopBackupHost'
import { createDesktopMarkerStore } from './databaseMarkerStore'
import type { Platform } from './platform'
import { collectDroppedItems, readDroppedItems } from './readBrowserFiles'
import { takeRecoveryNotice } from './recoveryNotice'

/** The platform in the desktop app: every call goes through the typed bridge. */
export function createDesktopPlatform(desktop: DesktopApi, appVersion: string): Platform {
  // Read once per page load (it also strips `?recovered=` from the address), then remembered.
  let recoveryNotice: ReturnType<Platform['takeRecoveryNotice']> | undefined
  const databaseMarkers = createDesktopMarkerStore(desktop)
  return {
    runtime: 'desktop',
    getAppInfo: () => desktop.getAppInfo(),
    openFiles: (request) => desktop.openFiles(request),
    saveFile: (request) => desktop.saveFile(request),
    pickFolder: (purpose) => desktop.pickFolder({ purpose }),
    readDropped: (dataTransfer, purpose) => {
      // Taken now: the drop's data is gone once the event handler returns.
      const files = [...(dataTransfer.files ?? [])]
      const items = collectDroppedItems(dataTransfer)
      if (files.length === 0) return Promise.resolve(ok({ files: [], skipped: [] }))
      return desktop.readDroppedFiles({ purpose, files }).then((read) => {
        // Nothing on disk behind the drop (e.g. an attachment dragged out of a mail client):
        // read the File objects themselves, with the same limits.
        const empty = read.ok && read.value.files.length === 0 && read.value.skipped.length === 0
        return empty ? readDroppedItems(items, purpose) : read
      })
    },
    showInFolder: (revealToken) => desktop.showInFolder({ token: revealToken }),
    printPage: (request) => desktop.printToPdf(request),
    backups: createBackups(desktopBackupHost(desktop), { appVersion, markers: databaseMarkers }),
    snapshots: null,
    databaseMarkers,
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    onBackupRequested: (listener) => desktop.onBackupRequested(listener),
    takeRecoveryNotice: () => (recoveryNotice ??= takeRecoveryNotice(window.location, window.history)),
  }
}

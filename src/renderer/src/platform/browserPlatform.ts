import { err, ok } from '@core/result'
import { FILE_LIMITS, type FilePurpose } from '../../../shared/ipc/contract'
import { backupFileName, createBackups } from './backups'
import { createReminderStore } from './backupReminder'
import { download } from './download'
import { beginStagedDownload, removeStaleStagedDownload } from './stagedDownload'
import { createLocalStorageMarkerStore } from './databaseMarkerStore'
import { blobChunks, snapshotReadBytes } from './blobChunks'
import { createSnapshots, openSnapshotDirectory, SNAPSHOT_INTERVAL_MS } from './opfsSnapshots'
import type { Platform } from './platform'
import { collectDroppedItems, readDroppedItems, readPickedFiles } from './readBrowserFiles'

type DirectoryHandle = {
  values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string; getFile(): Promise<File> }>
}
type WindowWithPicker = Window & {
  showDirectoryPicker?: (options?: { mode: 'read' }) => Promise<DirectoryHandle>
}

/**
 * The platform in the browser edition: file input, downloads, and the folder picker where the
 * browser has one. Backups the user asks for are downloads; automatic snapshots ('scheduled',
 * every 30 minutes) go to the origin-private file system where the page has one (decision 0022)
 * and are what `backups.list()` lists. There is no app menu, no "show in folder" and no crash reload.
 */
export function createBrowserPlatform(version: string): Platform {
  const pickerWindow = window as WindowWithPicker
  const databaseMarkers = createLocalStorageMarkerStore()
  const snapshots = createSnapshots({ directory: openSnapshotDirectory, appVersion: version })
  const reminder = createReminderStore()
  // The last backup download's staged file, once surely downloaded, gives its space back.
  void openSnapshotDirectory()
    .then((directory) => removeStaleStagedDownload(directory, new Date()))
    .catch(() => undefined)
  const backups = createBackups(
    {
      storage: 'download',
      // The export's pieces go to a file in the origin-private file system (one Blob per piece
      // where there is none), and that file is the download: never one joined byte array, never
      // the whole backup in the page's memory (stagedDownload.ts, decision 0021).
      begin: async (reason) => {
        const staged = await beginStagedDownload(await openSnapshotDirectory().catch(() => null))
        if (!staged.ok) return staged
        const { append, finish, abort } = staged.value
        return ok({
          append,
          finish: async () => {
            const file = await finish()
            if (!file.ok) return file
            const fileName = backupFileName(new Date(), reason)
            download(file.value, fileName)
            reminder.recordDownload(new Date())
            return ok({ status: 'downloaded' as const, fileName })
          },
          abort,
        })
      },
      list: async () => {
        const listed = await snapshots.list()
        return listed.ok ? listed : ok([])
      },
      // A snapshot is read from its file in 8 MB slices each time the restore reads it (to check
      // it, then to write it, decision 0030), so a large snapshot is never whole in memory.
      read: async (id) => {
        const file = await snapshots.file(id)
        if (!file.ok) return err({ code: 'backup-not-found', id })
        const sliceBytes = snapshotReadBytes()
        return ok(() => blobChunks(file.value, sliceBytes))
      },
      // Picked backups come with the File itself here (`PickedFile.file`); tokens are the desktop's.
      readPicked: async () => err({ code: 'picked-file-not-found' }),
    },
    { appVersion: version, markers: databaseMarkers, snapshots },
  )
  return {
    runtime: 'browser',
    getAppInfo: () =>
      Promise.resolve(
        ok({
          productName: 'ICT Index Workbench',
          version,
          runtime: 'browser',
          electron: null,
          chrome: null,
          node: null,
          platform: navigator.platform,
        }),
      ),
    openFiles: async (request) => {
      const files = await chooseWithInput(request.purpose, request.multiple)
      if (files === null) return ok(null)
      const read = await readPickedFiles(files, request.purpose)
      if (!read.ok) return read
      const tooLarge = read.value.skipped.find((skipped) => skipped.reason === 'too-large')
      if (tooLarge)
        return {
          ok: false,
          error: {
            code: 'file-too-large',
            fileName: tooLarge.fileName,
            maxBytes: FILE_LIMITS[request.purpose].maxBytes,
          },
        }
      return ok(read.value.files)
    },
    saveFile: (request) => {
      download(new Blob([request.bytes as Uint8Array<ArrayBuffer>]), request.suggestedName)
      return Promise.resolve(ok({ savedTo: request.suggestedName, revealToken: null }))
    },
    pickFolder: pickerWindow.showDirectoryPicker
      ? async (purpose) => {
          let directory: DirectoryHandle
          try {
            directory = await (
              pickerWindow.showDirectoryPicker as NonNullable<WindowWithPicker['showDirectoryPicker']>
            )({ mode: 'read' })
          } catch {
            return ok(null)
          }
          const files: File[] = []
          for await (const entry of directory.values()) {
            if (entry.kind === 'file' && hasAllowedExtension(entry.name, purpose))
              files.push(await entry.getFile())
          }
          return readPickedFiles(files, purpose)
        }
      : null,
    readDropped: (dataTransfer, purpose) => readDroppedItems(collectDroppedItems(dataTransfer), purpose),
    showInFolder: null,
    printPage: () => {
      // window.print() blocks until the dialog closes; the stylesheet's @media print does the rest.
      window.print()
      return Promise.resolve(ok({ printedBy: 'browser' as const }))
    },
    backups: {
      ...backups,
      // The automatic ones are snapshots, streamed into the origin-private file system.
      backupNow: (reason, progress) =>
        reason === 'scheduled' || reason === 'quit'
          ? snapshots.take(reason, progress)
          : backups.backupNow(reason, progress),
    },
    snapshots,
    databaseMarkers,
    onMenuCommand: () => () => {},
    onBackupRequested: (listener) => {
      // The desktop's schedule, kept by the page itself: a snapshot every 30 minutes while it is open.
      let timer: ReturnType<typeof setInterval> | null = null
      let stopped = false
      void snapshots.available().then((available) => {
        if (available && !stopped) timer = setInterval(() => listener('scheduled'), SNAPSHOT_INTERVAL_MS)
      })
      return () => {
        stopped = true
        if (timer !== null) clearInterval(timer)
      }
    },
    takeRecoveryNotice: () => null,
  }
}

function hasAllowedExtension(name: string, purpose: FilePurpose): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  return FILE_LIMITS[purpose].extensions.includes(extension)
}

function chooseWithInput(purpose: FilePurpose, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      multiple,
      accept: FILE_LIMITS[purpose].extensions.map((extension) => `.${extension}`).join(','),
    })
    input.addEventListener('change', () => resolve(input.files ? [...input.files] : null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

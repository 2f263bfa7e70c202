// Builds and exposes window.desktop; nothing else. Sandboxed: at run time it may require only
// `electron`, and the renderer never sees ipcRenderer, channel names, Electron events or paths.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  BACKUP_REQUEST_CHANNEL,
  invokeChannel,
  MENU_COMMAND_CHANNEL,
  type BackupRequestReason,
  type DesktopApi,
  type MenuCommand,
} from '../shared/ipc/contract'

/**
 * Paths of dropped files, read here because only the preload may ask Electron for them
 * (decision 0003). Objects that are not real `File`s, or Files not backed by a disk file
 * (made with `new File()` in the page), have no path and are left out.
 */
function pathsOfDroppedFiles(files: readonly File[]): string[] {
  const paths: string[] = []
  for (const file of Array.isArray(files) ? files.slice(0, 1000) : []) {
    if (!(file instanceof File)) continue
    const path = webUtils.getPathForFile(file)
    if (typeof path === 'string' && path.length > 0) paths.push(path)
  }
  return paths
}

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: T) => listener(value)
  ipcRenderer.on(channel, forward)
  return () => ipcRenderer.removeListener(channel, forward)
}

const desktop: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(invokeChannel('getAppInfo')),
  openFiles: (request) => ipcRenderer.invoke(invokeChannel('openFiles'), request),
  pickFolder: (request) => ipcRenderer.invoke(invokeChannel('pickFolder'), request),
  readDroppedFiles: (request) =>
    ipcRenderer.invoke(invokeChannel('readDroppedFiles'), {
      purpose: request?.purpose,
      paths: pathsOfDroppedFiles(request?.files ?? []),
    }),
  saveFile: (request) => ipcRenderer.invoke(invokeChannel('saveFile'), request),
  showInFolder: (request) => ipcRenderer.invoke(invokeChannel('showInFolder'), request),
  printToPdf: (request) => ipcRenderer.invoke(invokeChannel('printToPdf'), request),
  listBackups: () => ipcRenderer.invoke(invokeChannel('listBackups')),
  beginBackup: (request) => ipcRenderer.invoke(invokeChannel('beginBackup'), request),
  appendBackup: (request) => ipcRenderer.invoke(invokeChannel('appendBackup'), request),
  finishBackup: (request) => ipcRenderer.invoke(invokeChannel('finishBackup'), request),
  abortBackup: (request) => ipcRenderer.invoke(invokeChannel('abortBackup'), request),
  readBackupChunk: (request) => ipcRenderer.invoke(invokeChannel('readBackupChunk'), request),
  readPickedFileChunk: (request) => ipcRenderer.invoke(invokeChannel('readPickedFileChunk'), request),
  readDatabaseMarker: (request) => ipcRenderer.invoke(invokeChannel('readDatabaseMarker'), request),
  writeDatabaseMarker: (request) => ipcRenderer.invoke(invokeChannel('writeDatabaseMarker'), request),
  onMenuCommand: (listener) => subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, listener),
  onBackupRequested: (listener) => subscribe<BackupRequestReason>(BACKUP_REQUEST_CHANNEL, listener),
}

contextBridge.exposeInMainWorld('desktop', desktop)

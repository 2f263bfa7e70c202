import { basename } from 'node:path'
import { err, ok, type Result } from '@core/result'
import {
  FILE_LIMITS,
  MAX_FILES_PER_PICK,
  MAX_STREAMED_BACKUP_BYTES,
  type DesktopError,
  type FolderContents,
  type OpenFilesRequest,
  type PickedFile,
  type PickFolderRequest,
  type SavedFile,
  type SaveFileRequest,
  type ShowInFolderRequest,
} from '../../shared/ipc/contract'
import type { PickedFiles } from './pickedFiles'
import type { RevealRegistry } from './revealRegistry'

/** What the file services need of Electron's dialog and shell and of the file system (injected for tests). */
export type FileDialogDeps = {
  showOpenDialog(options: {
    properties: string[]
    filters: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>
  fileSize(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>
  readFolder(
    folder: string,
    purpose: PickFolderRequest['purpose'],
  ): Promise<Result<FolderContents, DesktopError>>
  fileExists(path: string): Promise<boolean>
  showItemInFolder(path: string): void
  readonly reveal: RevealRegistry
  /** Picked backups: handed out as tokens, read later in chunks (decision 0003). */
  readonly picked: Pick<PickedFiles, 'pick'>
}

/**
 * Opens the OS dialog and reads only the files the user picked there, refusing files above the
 * purpose's size limit before reading them. A backup is not read at all: it gets a token
 * (`PickedFile.token`) that a restore reads in chunks, so its size has no limit here.
 *
 * @example
 *   await openFiles(deps, { purpose: 'workbook', multiple: true })
 *   await openFiles(deps, { purpose: 'backup', multiple: false }) // => ok([{ fileName, bytes: empty, token }])
 */
export async function openFiles(
  deps: FileDialogDeps,
  request: OpenFilesRequest,
): Promise<Result<readonly PickedFile[] | null, DesktopError>> {
  const limits = FILE_LIMITS[request.purpose]
  const picked = await deps.showOpenDialog({
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: [{ name: request.purpose, extensions: [...limits.extensions] }],
  })
  if (picked.canceled || picked.filePaths.length === 0) return ok(null)
  if (picked.filePaths.length > MAX_FILES_PER_PICK)
    return err({ code: 'too-many-files', maxFiles: MAX_FILES_PER_PICK })
  const files: PickedFile[] = []
  if (request.purpose === 'backup') {
    for (const path of picked.filePaths) {
      const size = await deps.fileSize(path)
      // Larger than a chunked read can reach (readPickedFileChunk's offsets stop there).
      if (size > MAX_STREAMED_BACKUP_BYTES)
        return err({ code: 'file-too-large', fileName: basename(path), maxBytes: MAX_STREAMED_BACKUP_BYTES })
      files.push({ fileName: basename(path), bytes: new Uint8Array(0), token: await deps.picked.pick(path) })
    }
    return ok(files)
  }
  for (const path of picked.filePaths) {
    const size = await deps.fileSize(path)
    if (size > limits.maxBytes)
      return err({ code: 'file-too-large', fileName: basename(path), maxBytes: limits.maxBytes })
    const bytes = await deps.readFile(path)
    if (bytes.byteLength > limits.maxBytes)
      return err({ code: 'file-too-large', fileName: basename(path), maxBytes: limits.maxBytes })
    files.push({ fileName: basename(path), bytes })
  }
  return ok(files)
}

/**
 * Opens the OS folder dialog and reads the matching files of the folder the user picked, within
 * the limits of `readFolder` (size per file and in all, depth, count; backups get tokens instead).
 *
 * @example
 *   await pickFolder(deps, { purpose: 'workbook' }) // => ok({ files: [...], skipped: [...] })
 */
export async function pickFolder(
  deps: FileDialogDeps,
  request: PickFolderRequest,
): Promise<Result<FolderContents | null, DesktopError>> {
  const picked = await deps.showOpenDialog({ properties: ['openDirectory'], filters: [] })
  const folder = picked.filePaths[0]
  if (picked.canceled || folder === undefined) return ok(null)
  return deps.readFolder(folder, request.purpose)
}

/**
 * Asks where to save and writes the bytes through a temp file and rename, so a crash never leaves
 * half a workbook under the user's chosen name. The result carries a token for "show in folder".
 *
 * @example
 *   await saveFile(deps, { suggestedName: 'SNV-2025.xlsx', bytes })
 */
export async function saveFile(
  deps: FileDialogDeps,
  request: SaveFileRequest,
): Promise<Result<SavedFile | null, DesktopError>> {
  const extension = request.suggestedName.includes('.') ? (request.suggestedName.split('.').pop() ?? '') : ''
  const chosen = await deps.showSaveDialog({
    defaultPath: request.suggestedName,
    filters: extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }],
  })
  if (chosen.canceled || chosen.filePath === undefined) return ok(null)
  await deps.writeFileAtomic(chosen.filePath, request.bytes)
  return ok({ savedTo: chosen.filePath, revealToken: deps.reveal.remember(chosen.filePath) })
}

/**
 * Shows a file main wrote (a save or a backup) in the OS file manager. The renderer passes the
 * token it got with the save result; a token main never gave out is refused.
 *
 * @example
 *   await showInFolder(deps, { token: saved.revealToken })
 */
export async function showInFolder(
  deps: FileDialogDeps,
  request: ShowInFolderRequest,
): Promise<Result<null, DesktopError>> {
  const path = deps.reveal.pathFor(request.token)
  if (path === null) return err({ code: 'unknown-file-token' })
  if (!(await deps.fileExists(path))) return err({ code: 'file-missing' })
  deps.showItemInFolder(path)
  return ok(null)
}

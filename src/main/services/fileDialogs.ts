import { basename } from 'node:path'
import { err, ok, type Result } from '../../core/result'
import {
  FILE_LIMITS,
  MAX_FILES_PER_PICK,
  type DesktopError,
  type OpenFilesRequest,
  type PickedFile,
  type SaveFileRequest,
} from '../../shared/ipc/contract'

/** What the file services need of Electron's dialog and of the file system (injected for tests). */
export type FileDialogDeps = {
  showOpenDialog(options: { properties: string[]; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string | undefined }>
  fileSize(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>
}

/**
 * Opens the OS dialog and reads only the files the user picked there, refusing files above the
 * purpose's size limit before reading them.
 *
 * @example
 *   await openFiles(deps, { purpose: 'workbook', multiple: true })
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
  if (picked.filePaths.length > MAX_FILES_PER_PICK) return err({ code: 'too-many-files', maxFiles: MAX_FILES_PER_PICK })
  const files: PickedFile[] = []
  for (const path of picked.filePaths) {
    const size = await deps.fileSize(path)
    if (size > limits.maxBytes) return err({ code: 'file-too-large', fileName: basename(path), maxBytes: limits.maxBytes })
    files.push({ fileName: basename(path), bytes: await deps.readFile(path) })
  }
  return ok(files)
}

/**
 * Asks where to save and writes the bytes through a temp file and rename, so a crash never leaves
 * half a workbook under the user's chosen name.
 *
 * @example
 *   await saveFile(deps, { suggestedName: 'SNV-2025.xlsx', bytes })
 */
export async function saveFile(
  deps: FileDialogDeps,
  request: SaveFileRequest,
): Promise<Result<{ readonly savedTo: string } | null, DesktopError>> {
  const extension = request.suggestedName.includes('.') ? request.suggestedName.split('.').pop() ?? '' : ''
  const chosen = await deps.showSaveDialog({
    defaultPath: request.suggestedName,
    filters: extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }],
  })
  if (chosen.canceled || chosen.filePath === undefined) return ok(null)
  await deps.writeFileAtomic(chosen.filePath, request.bytes)
  return ok({ savedTo: chosen.filePath })
}

import { basename, isAbsolute, normalize, relative, sep, win32 } from 'node:path'
import { err, type Result } from '@core/result'
import type { DesktopError, DroppedPathsRequest, FolderContents } from '../../shared/ipc/contract'
import { readGrantedItems, type GrantedBackups, type GrantedRoot } from './folderReader'

/** Folders a dropped path may never lie in: the app's own profile (database, backups) and install folder. */
export type DropPolicy = { readonly forbiddenFolders: readonly string[]; readonly platform: NodeJS.Platform }

/**
 * Reads files and folders the user dropped on the window (decision 0003). The preload took the
 * paths from the dropped `File` objects; main cannot prove they came from a real drop, so it takes
 * them only as a one-off grant for this read: each must be absolute and already normalised, not a
 * Windows device path (`\\?\`, `\\.\`), and outside the app's own folders; what is read then goes
 * through the same type, size and count limits as a folder picked in the dialog. Dropped backups
 * are not read: given `backups`, each gets a token for chunked reads, as a picked one does.
 *
 * @example
 *   await readDroppedPaths({ purpose: 'workbook', paths: ['C:\\Thu thap\\SYT.xlsx'] }, policy)
 */
export async function readDroppedPaths(
  request: DroppedPathsRequest,
  policy: DropPolicy,
  backups?: GrantedBackups,
): Promise<Result<FolderContents, DesktopError>> {
  const roots: GrantedRoot[] = []
  for (const path of request.paths) {
    const refusal = refuseDroppedPath(path, policy)
    if (refusal !== null)
      return err({ code: 'dropped-item-refused', fileName: displayNameOf(path, policy.platform) })
    roots.push({ path, displayName: displayNameOf(path, policy.platform) })
  }
  return readGrantedItems(roots, request.purpose, backups)
}

/**
 * Why a dropped path is refused, or null when it may be read.
 *
 * @example
 *   refuseDroppedPath('/home/u/../../etc/passwd', policy) // => 'not-normalised'
 */
export function refuseDroppedPath(
  path: string,
  policy: DropPolicy,
): 'not-absolute' | 'not-normalised' | 'device-path' | 'inside-app-folder' | null {
  const isWindows = policy.platform === 'win32'
  if (isWindows && /^[\\/][\\/][?.][\\/]/.test(path)) return 'device-path'
  if (!(isWindows ? win32.isAbsolute(path) : isAbsolute(path))) return 'not-absolute'
  const normalised = isWindows ? win32.normalize(path) : normalize(path)
  if (normalised !== path && normalised !== path.replace(/[\\/]+$/, '')) return 'not-normalised'
  if (policy.forbiddenFolders.some((folder) => isInside(path, folder, isWindows))) return 'inside-app-folder'
  return null
}

function isInside(path: string, folder: string, isWindows: boolean): boolean {
  const between = isWindows
    ? win32.relative(folder.toLowerCase(), path.toLowerCase())
    : relative(folder, path)
  const separator = isWindows ? '\\' : sep
  return (
    between === '' ||
    (!between.startsWith('..') &&
      !(isWindows ? win32.isAbsolute(between) : isAbsolute(between)) &&
      !between.startsWith(separator))
  )
}

function displayNameOf(path: string, platform: NodeJS.Platform): string {
  const name = platform === 'win32' ? win32.basename(path) : basename(path)
  return (name === '' ? path : name).slice(0, 200)
}

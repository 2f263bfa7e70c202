import { lstat, readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { err, ok, type Result } from '@core/result'
import {
  FILE_LIMITS,
  MAX_FILES_PER_PICK,
  MAX_FOLDER_BYTES,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_ENTRIES,
  MAX_STREAMED_BACKUP_BYTES,
  type DesktopError,
  type FilePurpose,
  type FolderContents,
  type PickedFile,
  type SkippedFile,
} from '../../shared/ipc/contract'
import { folderEntryAction, hasAcceptedExtension, isIgnoredName } from '../../shared/folderScan'
import type { PickedFiles } from './pickedFiles'

/** A file or folder the user picked in a dialog or dropped; `displayName` prefixes what is found in it. */
export type GrantedRoot = { readonly path: string; readonly displayName: string }

type Candidate = {
  readonly path: string
  readonly fileName: string
  readonly size: number
  readonly mtimeMs: number
}

/**
 * Where granted backups go instead of being read: each gets a token for chunked reads. Without
 * it (tests), a backup is read whole like any file, within `FILE_LIMITS.backup`.
 */
export type GrantedBackups = Pick<PickedFiles, 'remember'>

type Scan = {
  readonly candidates: Candidate[]
  readonly skipped: SkippedFile[]
  entriesSeen: number
  /** Backups handed out as tokens: no per-file limit but what a chunked read can reach. */
  readonly streamed: boolean
}

/**
 * Reads the files of the given purpose from user-granted files and folders: subfolders down to
 * `MAX_FOLDER_DEPTH`, no symbolic links, no hidden or Office lock files, every file within the
 * purpose's size limit and all of them within `MAX_FILES_PER_PICK` and `MAX_FOLDER_BYTES`. Sizes
 * are checked before any byte is read, and again after reading (a file may grow meanwhile).
 * Backups, given `backups`, are not read: each gets a token (`PickedFile.token`), whatever its size.
 *
 * @example
 *   await readGrantedItems([{ path: 'D:\\Thu thap 2025', displayName: 'Thu thap 2025' }], 'workbook')
 */
export async function readGrantedItems(
  roots: readonly GrantedRoot[],
  purpose: FilePurpose,
  backups?: GrantedBackups,
): Promise<Result<FolderContents, DesktopError>> {
  const tokens = purpose === 'backup' ? (backups ?? null) : null
  const scan: Scan = { candidates: [], skipped: [], entriesSeen: 0, streamed: tokens !== null }
  for (const root of roots) {
    const info = await lstatOrNull(root.path)
    if (info === null) scan.skipped.push({ fileName: root.displayName, reason: 'unreadable' })
    else if (info.isSymbolicLink()) scan.skipped.push({ fileName: root.displayName, reason: 'link' })
    else if (info.isDirectory()) await scanFolder(root.path, '', 0, purpose, scan)
    else if (!info.isFile()) scan.skipped.push({ fileName: root.displayName, reason: 'unreadable' })
    else if (!hasAcceptedExtension(root.displayName, FILE_LIMITS[purpose].extensions))
      scan.skipped.push({ fileName: root.displayName, reason: 'wrong-type' })
    else
      addCandidate(
        scan,
        { path: root.path, fileName: root.displayName, size: info.size, mtimeMs: info.mtimeMs },
        purpose,
      )
    if (scan.entriesSeen > MAX_FOLDER_ENTRIES || scan.candidates.length > MAX_FILES_PER_PICK) break
  }
  if (scan.entriesSeen > MAX_FOLDER_ENTRIES || scan.candidates.length > MAX_FILES_PER_PICK) {
    return err({ code: 'too-many-files', maxFiles: MAX_FILES_PER_PICK })
  }
  if (tokens !== null) {
    const files = scan.candidates.map((candidate) => ({
      fileName: candidate.fileName,
      bytes: new Uint8Array(0),
      token: tokens.remember(candidate.path, candidate),
    }))
    return ok({ files, skipped: scan.skipped })
  }
  const totalBytes = scan.candidates.reduce((total, candidate) => total + candidate.size, 0)
  if (totalBytes > MAX_FOLDER_BYTES) return err({ code: 'folder-too-large', maxBytes: MAX_FOLDER_BYTES })
  return ok(await readCandidates(scan, purpose))
}

/**
 * Reads a folder the user picked in the folder dialog.
 *
 * @example
 *   await readFolder('/home/u/Thu thap 2025', 'workbook')
 */
export function readFolder(
  folder: string,
  purpose: FilePurpose,
  backups?: GrantedBackups,
): Promise<Result<FolderContents, DesktopError>> {
  return readGrantedItems([{ path: folder, displayName: basename(folder) }], purpose, backups)
}

async function scanFolder(
  folder: string,
  prefix: string,
  depth: number,
  purpose: FilePurpose,
  scan: Scan,
): Promise<void> {
  let names: string[]
  try {
    names = (await readdir(folder)).sort((left, right) => left.localeCompare(right))
  } catch {
    scan.skipped.push({ fileName: prefix === '' ? basename(folder) : prefix, reason: 'unreadable' })
    return
  }
  for (const name of names) {
    scan.entriesSeen += 1
    if (scan.entriesSeen > MAX_FOLDER_ENTRIES || scan.candidates.length > MAX_FILES_PER_PICK) return
    if (isIgnoredName(name)) continue
    const path = join(folder, name)
    const relative = prefix === '' ? name : `${prefix}/${name}`
    const info = await lstatOrNull(path)
    if (info === null) continue
    const action = folderEntryAction(name, info.isDirectory() ? 'directory' : 'file', depth, {
      extensions: FILE_LIMITS[purpose].extensions,
      maxDepth: MAX_FOLDER_DEPTH,
    })
    if (action === 'descend') await scanFolder(path, relative, depth + 1, purpose, scan)
    if (action !== 'take') continue
    if (info.isSymbolicLink()) scan.skipped.push({ fileName: relative, reason: 'link' })
    else if (info.isFile())
      addCandidate(scan, { path, fileName: relative, size: info.size, mtimeMs: info.mtimeMs }, purpose)
  }
}

function addCandidate(scan: Scan, candidate: Candidate, purpose: FilePurpose): void {
  const maxBytes = scan.streamed ? MAX_STREAMED_BACKUP_BYTES : FILE_LIMITS[purpose].maxBytes
  if (candidate.size > maxBytes) scan.skipped.push({ fileName: candidate.fileName, reason: 'too-large' })
  else scan.candidates.push(candidate)
}

async function readCandidates(scan: Scan, purpose: FilePurpose): Promise<FolderContents> {
  const files: PickedFile[] = []
  const skipped = [...scan.skipped]
  let totalBytes = 0
  for (const candidate of scan.candidates) {
    try {
      const bytes = new Uint8Array(await readFile(candidate.path))
      const tooLarge =
        bytes.byteLength > FILE_LIMITS[purpose].maxBytes || totalBytes + bytes.byteLength > MAX_FOLDER_BYTES
      if (tooLarge) skipped.push({ fileName: candidate.fileName, reason: 'too-large' })
      else files.push({ fileName: candidate.fileName, bytes })
      if (!tooLarge) totalBytes += bytes.byteLength
    } catch {
      skipped.push({ fileName: candidate.fileName, reason: 'unreadable' })
    }
  }
  return { files, skipped }
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path)
  } catch {
    return null
  }
}

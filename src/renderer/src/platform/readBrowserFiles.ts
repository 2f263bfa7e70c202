import { err, ok, type Result } from '@core/result'
import {
  FILE_LIMITS,
  MAX_FILES_PER_PICK,
  MAX_FOLDER_BYTES,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_ENTRIES,
  type DesktopError,
  type FilePurpose,
  type FolderContents,
  type PickedFile,
  type SkippedFile,
} from '../../../shared/ipc/contract'
import { folderEntryAction, hasAcceptedExtension } from '../../../shared/folderScan'

/** The parts of the File and Directory Entries API a drop gives us (Chromium's `webkitGetAsEntry`). */
type Entry = { readonly isFile: boolean; readonly isDirectory: boolean; readonly name: string }
type FileEntry = Entry & { file(success: (file: File) => void, failure: (error: unknown) => void): void }
type DirectoryEntry = Entry & {
  createReader(): {
    readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void
  }
}

/** A dropped item: an entry when the browser gives one, otherwise the plain File. */
export type DroppedItem = { readonly entry: Entry | null; readonly file: File | null }

/**
 * Takes what a drop holds, synchronously (the browser empties `dataTransfer` after the handler).
 *
 * @example
 *   element.addEventListener('drop', (event) => { const items = collectDroppedItems(event.dataTransfer) ... })
 */
export function collectDroppedItems(dataTransfer: DataTransfer): DroppedItem[] {
  const items = [...(dataTransfer.items ?? [])].filter((item) => item.kind === 'file')
  if (items.length > 0) {
    return items.map((item) => {
      const withEntry = item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }
      return { entry: withEntry.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }
    })
  }
  return [...(dataTransfer.files ?? [])].map((file) => ({ entry: null, file }))
}

type Found = { readonly file: File; readonly fileName: string }
type Walk = { found: Found[]; skipped: SkippedFile[]; entriesSeen: number }

/**
 * Reads dropped files and folders with the same rules as main's folder reader: matching
 * extensions only inside folders (a dropped file of another type is reported), no hidden or
 * Office lock files, `MAX_FOLDER_DEPTH` levels, per-file and total size limits.
 *
 * @example
 *   await readDroppedItems(collectDroppedItems(event.dataTransfer), 'workbook')
 */
export async function readDroppedItems(
  items: readonly DroppedItem[],
  purpose: FilePurpose,
): Promise<Result<FolderContents, DesktopError>> {
  const walk: Walk = { found: [], skipped: [], entriesSeen: 0 }
  for (const item of items) {
    if (item.entry?.isDirectory) await walkDirectory(item.entry as DirectoryEntry, '', 0, purpose, walk)
    else if (item.file !== null) {
      if (hasAcceptedExtension(item.file.name, FILE_LIMITS[purpose].extensions))
        walk.found.push({ file: item.file, fileName: item.file.name })
      else walk.skipped.push({ fileName: item.file.name, reason: 'wrong-type' })
    }
  }
  return readFound(walk, purpose)
}

/**
 * Reads files picked with a file input or the directory picker, within the purpose's limits.
 *
 * @example
 *   await readPickedFiles([...input.files], 'workbook')
 */
export function readPickedFiles(
  files: readonly Found[] | readonly File[],
  purpose: FilePurpose,
): Promise<Result<FolderContents, DesktopError>> {
  const found = files.map((file) => (file instanceof File ? { file, fileName: file.name } : file))
  return readFound({ found, skipped: [], entriesSeen: 0 }, purpose)
}

async function readFound(walk: Walk, purpose: FilePurpose): Promise<Result<FolderContents, DesktopError>> {
  if (walk.entriesSeen > MAX_FOLDER_ENTRIES || walk.found.length > MAX_FILES_PER_PICK)
    return err({ code: 'too-many-files', maxFiles: MAX_FILES_PER_PICK })
  // A backup is not read here: the restore reads the file in slices, so its size has no limit
  // (a database with 1 GB of evidence makes a 1.3 GB backup, decision 0021).
  if (purpose === 'backup')
    return ok({
      files: walk.found.map(({ file, fileName }) => ({ fileName, bytes: new Uint8Array(0), file })),
      skipped: walk.skipped,
    })
  const maxBytes = FILE_LIMITS[purpose].maxBytes
  const fitting = walk.found.filter(({ file }) => file.size <= maxBytes)
  const skipped = [
    ...walk.skipped,
    ...walk.found
      .filter(({ file }) => file.size > maxBytes)
      .map(({ fileName }) => ({ fileName, reason: 'too-large' as const })),
  ]
  if (fitting.reduce((total, { file }) => total + file.size, 0) > MAX_FOLDER_BYTES)
    return err({ code: 'folder-too-large', maxBytes: MAX_FOLDER_BYTES })
  const files: PickedFile[] = []
  for (const { file, fileName } of fitting) {
    try {
      files.push({ fileName, bytes: new Uint8Array(await file.arrayBuffer()) })
    } catch {
      skipped.push({ fileName, reason: 'unreadable' })
    }
  }
  return ok({ files, skipped })
}

async function walkDirectory(
  directory: DirectoryEntry,
  prefix: string,
  depth: number,
  purpose: FilePurpose,
  walk: Walk,
): Promise<void> {
  const base = prefix === '' ? directory.name : prefix
  for (const entry of await readAllEntries(directory)) {
    walk.entriesSeen += 1
    if (walk.entriesSeen > MAX_FOLDER_ENTRIES || walk.found.length > MAX_FILES_PER_PICK) return
    const fileName = `${base}/${entry.name}`
    if (!entry.isDirectory && !entry.isFile) continue
    const action = folderEntryAction(entry.name, entry.isDirectory ? 'directory' : 'file', depth, {
      extensions: FILE_LIMITS[purpose].extensions,
      maxDepth: MAX_FOLDER_DEPTH,
    })
    if (action === 'descend') await walkDirectory(entry as DirectoryEntry, fileName, depth + 1, purpose, walk)
    else if (action === 'take') {
      const file = await new Promise<File | null>((resolve) =>
        (entry as FileEntry).file(resolve, () => resolve(null)),
      )
      if (file === null) walk.skipped.push({ fileName, reason: 'unreadable' })
      else walk.found.push({ file, fileName })
    }
  }
}

async function readAllEntries(directory: DirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader()
  const all: Entry[] = []
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve) => reader.readEntries(resolve, () => resolve([])))
    if (batch.length === 0 || all.length > MAX_FOLDER_ENTRIES) return all
    all.push(...batch)
  }
}

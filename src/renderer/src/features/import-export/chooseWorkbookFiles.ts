import type { BatchFile } from '@core/import/runImportBatch'
import type { DesktopError, FolderContents, PickedFile, SkippedFile } from '../../../../shared/ipc/contract'
import type { Result } from '@core/result'
import { getPlatform } from '../../platform/getPlatform'

/** Files chosen for an import (and those the platform skipped: too large, links…), or why none could be. */
export type ChosenFiles =
  | {
      readonly status: 'chosen'
      readonly files: readonly BatchFile[]
      readonly skipped: readonly SkippedFile[]
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly reason: string }

/**
 * Files from the platform's file chooser (many at once) or folder chooser (every `.xlsx` inside,
 * subfolders included), as batch files. The chooser opens at once: call it inside the click.
 *
 * @example
 *   const chosen = await chooseWorkbookFiles('files')
 */
export async function chooseWorkbookFiles(source: 'files' | 'folder'): Promise<ChosenFiles> {
  const platform = getPlatform()
  if (source === 'files') return toChosen(await platform.openFiles({ purpose: 'workbook', multiple: true }))
  if (platform.pickFolder === null) return { status: 'cancelled' }
  return toChosen(await platform.pickFolder('workbook'))
}

/**
 * The `.xlsx` files of a drop, folders included, read by the platform (the browser's entries, or
 * main's folder reader in the desktop app). Call it synchronously inside the `drop` handler.
 *
 * @example
 *   onDrop={(event) => void begin(droppedWorkbookFiles(event.dataTransfer))}
 */
export function droppedWorkbookFiles(transfer: DataTransfer): Promise<ChosenFiles> {
  return getPlatform().readDropped(transfer, 'workbook').then(toChosen)
}

function toChosen(picked: Result<readonly PickedFile[] | FolderContents | null, DesktopError>): ChosenFiles {
  if (!picked.ok) return { status: 'failed', reason: picked.error.code }
  if (picked.value === null) return { status: 'cancelled' }
  const contents: FolderContents = isFileList(picked.value)
    ? { files: picked.value, skipped: [] }
    : picked.value
  if (contents.files.length === 0) return { status: 'failed', reason: 'no-workbook' }
  return {
    status: 'chosen',
    files: contents.files.map((file): BatchFile => ({ fileName: file.fileName, bytes: file.bytes })),
    skipped: contents.skipped,
  }
}

function isFileList(value: readonly PickedFile[] | FolderContents): value is readonly PickedFile[] {
  return Array.isArray(value)
}

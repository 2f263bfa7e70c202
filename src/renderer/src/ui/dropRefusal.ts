import { hasAcceptedExtension } from '../../../shared/folderScan'

/** Why a drop is refused before anything is read, or null when it may be read. */
export type DropRefusal =
  | { readonly code: 'wrong-kind'; readonly fileNames: readonly string[] }
  | { readonly code: 'one-file-only' }
  | { readonly code: 'nothing-dropped' }

/** What was dropped, as the drop event shows it before reading: names, and whether each is a folder. */
export type DroppedEntry = { readonly name: string; readonly isFolder: boolean }

/**
 * Checks a drop against what the input accepts: only files of its extensions (folders only where
 * the input takes folders), one file where it takes one.
 *
 * @example
 *   dropRefusal([{ name: 'bo-chi-so.pdf', isFolder: false }], { extensions: ['json'], multiple: false, folders: false })
 *   // => { code: 'wrong-kind', fileNames: ['bo-chi-so.pdf'] }
 */
export function dropRefusal(
  entries: readonly DroppedEntry[],
  accepts: { readonly extensions: readonly string[]; readonly multiple: boolean; readonly folders: boolean },
): DropRefusal | null {
  if (entries.length === 0) return { code: 'nothing-dropped' }
  const wrong = entries.filter((entry) =>
    entry.isFolder ? !accepts.folders : !hasAcceptedExtension(entry.name, accepts.extensions),
  )
  if (wrong.length > 0) return { code: 'wrong-kind', fileNames: wrong.map((entry) => entry.name) }
  if (!accepts.multiple && (entries.length > 1 || entries.some((entry) => entry.isFolder)))
    return { code: 'one-file-only' }
  return null
}

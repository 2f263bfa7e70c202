// Plain TypeScript, no imports: main (Node), the renderer (browser) and the CLI share these rules.

/** How deep a scan reads and which files it takes. */
export type FolderScanRules = {
  /** Accepted extensions, lower case, without the dot (`['xlsx', 'zip']`). */
  readonly extensions: readonly string[]
  /** Levels of subfolders read below the picked or dropped folder (0: only the files in it). */
  readonly maxDepth: number
}

/** What a scan does with one entry of a folder. */
export type FolderEntryAction = 'ignore' | 'descend' | 'take'

/** The files a bulk import takes from a folder: questionnaire workbooks and submission packages. */
export const WORKBOOK_FILE_EXTENSIONS: readonly string[] = ['xlsx', 'zip']

/**
 * Names a scan never looks at: hidden files and folders (`.git`, `.DS_Store`) and Office lock
 * files (`~$Bao cao.xlsx`, left beside a workbook open in Excel, not a workbook itself).
 *
 * @example
 *   isIgnoredName('~$SNV.xlsx') // => true
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$')
}

/**
 * Whether a file name ends in one of the extensions (case ignored); a name that is only an
 * extension (`.xlsx`) has none.
 *
 * @example
 *   hasAcceptedExtension('Sở Nội vụ.XLSX', ['xlsx', 'zip']) // => true
 */
export function hasAcceptedExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase())
}

/**
 * The one folder-scan rule: for an entry named `name` of a folder `depth` levels below the picked
 * one (0: in the picked folder itself), `descend` into a subfolder while `depth < maxDepth`, `take`
 * a file with an accepted extension, `ignore` everything else, hidden and lock files first.
 * Links and entries that are neither file nor folder are the caller's to report or skip.
 *
 * @example
 *   folderEntryAction('Quận Hải Châu', 'directory', 0, { extensions: ['xlsx'], maxDepth: 3 }) // => 'descend'
 */
export function folderEntryAction(
  name: string,
  kind: 'file' | 'directory',
  depth: number,
  rules: FolderScanRules,
): FolderEntryAction {
  if (isIgnoredName(name)) return 'ignore'
  if (kind === 'directory') return depth < rules.maxDepth ? 'descend' : 'ignore'
  return hasAcceptedExtension(name, rules.extensions) ? 'take' : 'ignore'
}

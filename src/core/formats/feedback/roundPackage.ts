import { zipSync, type Zippable } from 'fflate'
import { isValidUnitCode, unitCodeProblem } from '@core/assessment/unitCode'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { readZipEntries } from '@core/excel/xlsx/readZipEntries'
import { err, ok, type Result } from '@core/result'
import type { RoundIssue } from './roundIssue'
import type { RoundManifest } from './roundManifest'

/**
 * Limits for a round package (`.zip`), those of a submission package: evidence and attachments
 * travel in it, each file at most the app's evidence limit (25 MB).
 */
export const roundPackageLimits: WorkbookReadLimits = {
  ...defaultWorkbookReadLimits,
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 500,
  maxPartBytes: 25 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
}

/** A file beside the workbook in a package: its folder below the top (an item's code, or none) and name. */
export type PackedFile = { readonly folder: string; readonly fileName: string; readonly bytes: Uint8Array }

/** A round file opened: the workbook's bytes and the files packed beside it (none for a bare `.xlsx`). */
export type OpenedRoundFile = {
  readonly workbook: Uint8Array
  readonly isPackage: boolean
  readonly files: readonly PackedFile[]
}

/** Zip timestamps use MS-DOS dates, which start in 1980; a fixed one makes equal packages equal bytes. */
const PACKED_AT = new Date(Date.UTC(1980, 0, 2))

/**
 * Opens a round file: a bare workbook (`.xlsx`, recognised by its `[Content_Types].xml`) or a
 * package with exactly the workbook `workbookName` at the top and files under `<top>/` (feedback:
 * `attachments/<file>`) or `<top>/<item>/` (response: `evidence/<item>/<file>`), read by the guarded
 * zip reader (sizes, ratio, names, CRC); anything else inside is refused by name.
 *
 * @example
 *   openRoundFile(bytes, 'giai-trinh.xlsx', { top: 'evidence', perItem: true })
 */
export function openRoundFile(
  bytes: Uint8Array,
  workbookName: string,
  layout: { readonly top: string; readonly perItem: boolean },
): Result<OpenedRoundFile, readonly RoundIssue[]> {
  const entries = readZipEntries(bytes, roundPackageLimits)
  if (!entries.ok) return err(entries.error)
  if (entries.value.some((entry) => entry.name === '[Content_Types].xml'))
    return ok({ workbook: bytes, isPackage: false, files: [] })
  const workbook = entries.value.find((entry) => entry.name === workbookName)
  if (workbook === undefined) return err([{ code: 'round-package-without-workbook', expected: workbookName }])
  const pattern = layout.perItem
    ? new RegExp(`^${layout.top}/([^/]+)/([^/]+)$`)
    : new RegExp(`^${layout.top}/()([^/]+)$`)
  const issues: RoundIssue[] = []
  const files: PackedFile[] = []
  for (const entry of entries.value) {
    if (entry === workbook) continue
    const match = pattern.exec(entry.name)
    if (match === null) issues.push({ code: 'round-package-unexpected-entry', part: entry.name })
    else files.push({ folder: match[1] ?? '', fileName: match[2] ?? '', bytes: entry.data })
  }
  return issues.length > 0 ? err(issues) : ok({ workbook: workbook.data, isPackage: true, files })
}

/**
 * Writes a round package: the workbook at the top and each file under `<top>/[<folder>/]<name>`,
 * with fixed timestamps (equal packages, equal bytes). Names are the app's own (item codes) and
 * the user's file names, which the caller has checked.
 *
 * @example
 *   packRoundFiles('ket-qua-so-bo.xlsx', workbook, 'attachments', [{ folder: '', fileName: 'CV.pdf', bytes }])
 */
export function packRoundFiles(
  workbookName: string,
  workbook: Uint8Array,
  top: string,
  files: readonly PackedFile[],
): Uint8Array {
  const zippable: Zippable = { [workbookName]: workbook }
  for (const file of files)
    zippable[file.folder === '' ? `${top}/${file.fileName}` : `${top}/${file.folder}/${file.fileName}`] =
      file.bytes
  return zipSync(zippable, { level: 6, mtime: PACKED_AT })
}

/** What the opener of a round file expects it to be for; each given field is checked. */
export type RoundExpectation = {
  readonly assessmentId?: string
  readonly unitCode?: string
  readonly frameworkId?: string
  readonly frameworkVersion?: string
  readonly year?: number
  /** The units of the assessment: a unit code not among them, or a look-alike of one, is refused. */
  readonly knownUnits?: ReadonlySet<string>
}

/**
 * The problems of a manifest against what the opener expects: another assessment, unit,
 * framework or year, and a unit code that is not valid or only looks like a known unit's
 * (case, Cyrillic or Greek letters).
 *
 * @example
 *   checkRoundIdentity(manifest, { unitCode: 'SNV', year: 2026 }) // => [] when both match
 */
export function checkRoundIdentity(manifest: RoundManifest, expect: RoundExpectation): RoundIssue[] {
  const issues: RoundIssue[] = []
  const known = expect.knownUnits ?? (expect.unitCode === undefined ? undefined : new Set([expect.unitCode]))
  const problem = unitCodeProblem(manifest.unitCode, known ?? [])
  if (problem?.code === 'unit-code-lookalike')
    issues.push({ code: 'round-unit-code-lookalike', found: manifest.unitCode, known: problem.known })
  else if (problem !== null || !isValidUnitCode(manifest.unitCode))
    issues.push({ code: 'round-unit-code-invalid', found: manifest.unitCode })
  else if (expect.unitCode !== undefined && manifest.unitCode !== expect.unitCode)
    issues.push({ code: 'round-unit-mismatch', expected: expect.unitCode, found: manifest.unitCode })
  else if (expect.knownUnits !== undefined && !expect.knownUnits.has(manifest.unitCode))
    issues.push({ code: 'round-unknown-unit', unitCode: manifest.unitCode })
  if (
    (expect.frameworkId !== undefined && manifest.frameworkId !== expect.frameworkId) ||
    (expect.frameworkVersion !== undefined && manifest.frameworkVersion !== expect.frameworkVersion)
  )
    issues.push({
      code: 'round-framework-mismatch',
      expected: `${expect.frameworkId ?? manifest.frameworkId} ${expect.frameworkVersion ?? manifest.frameworkVersion}`,
      found: `${manifest.frameworkId} ${manifest.frameworkVersion}`,
    })
  if (expect.year !== undefined && manifest.year !== expect.year)
    issues.push({ code: 'round-year-mismatch', expected: expect.year, found: manifest.year })
  if (expect.assessmentId !== undefined && manifest.assessmentId !== expect.assessmentId)
    issues.push({ code: 'round-assessment-mismatch' })
  return issues
}

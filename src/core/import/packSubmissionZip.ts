import { zipSync, type Zippable } from 'fflate'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { err, ok, type Result } from '@core/result'
import { submissionPackageLimits, type SubmissionPackage } from './unpackSubmissionZip'

/** Why a package could not be written: it would break a limit `unpackSubmissionZip` enforces. */
export type PackIssue =
  | { readonly code: 'package-unsafe-name'; readonly part: string }
  | { readonly code: 'package-too-many-entries'; readonly count: number; readonly limit: number }
  | {
      readonly code: 'package-part-too-large'
      readonly part: string
      readonly size: number
      readonly limit: number
    }
  | { readonly code: 'package-too-large'; readonly size: number; readonly limit: number }

/** Zip timestamps use MS-DOS dates, which start in 1980; a fixed one makes equal packages equal bytes. */
const PACKED_AT = new Date(Date.UTC(1980, 0, 2))
/** The longest entry name the unpacker reads. */
const MAX_NAME_LENGTH = 512

/**
 * Writes the `.zip` unit mode exports when evidence is attached, the one `unpackSubmissionZip`
 * opens: the questionnaire workbook at the top and each file under `evidence/<question code>/`.
 * Pure: bytes in, bytes out, with fixed timestamps (the import hashes the files, not the zip).
 * Two files of one question whose names differ only in case, or not at all, would collide in the
 * package; the later ones get a ` (2)`, ` (3)` … before the extension. What the unpacker would
 * refuse (unsafe names, too many entries, a part or the whole too large) is refused here.
 *
 * @example
 *   const packed = packSubmissionZip({ workbookName: 'SNV.xlsx', workbook, evidence: [{ question: 'KiemChung', fileName: 'QĐ 12.pdf', bytes }] })
 *   if (packed.ok) await platform.saveFile({ suggestedName: 'SNV.zip', bytes: packed.value })
 */
export function packSubmissionZip(
  submission: SubmissionPackage,
  limits: WorkbookReadLimits = submissionPackageLimits,
): Result<Uint8Array, readonly PackIssue[]> {
  const issues: PackIssue[] = []
  const parts: [string, Uint8Array][] = [[submission.workbookName, submission.workbook]]
  if (!isSafeSegment(submission.workbookName) || !/\.xlsx$/i.test(submission.workbookName))
    issues.push({ code: 'package-unsafe-name', part: submission.workbookName })
  const taken = new Set([submission.workbookName.toLowerCase()])
  for (const file of submission.evidence) {
    const name = uniqueName(`evidence/${file.question}/`, file.fileName, taken)
    if (!isSafeSegment(file.question) || !isSafeSegment(file.fileName) || name.length > MAX_NAME_LENGTH)
      issues.push({ code: 'package-unsafe-name', part: name })
    taken.add(name.toLowerCase())
    parts.push([name, file.bytes])
  }
  if (parts.length > limits.maxEntries)
    issues.push({ code: 'package-too-many-entries', count: parts.length, limit: limits.maxEntries })
  let total = 0
  for (const [part, bytes] of parts) {
    if (bytes.length > limits.maxPartBytes)
      issues.push({ code: 'package-part-too-large', part, size: bytes.length, limit: limits.maxPartBytes })
    total += bytes.length
  }
  if (total > limits.maxTotalBytes)
    issues.push({ code: 'package-too-large', size: total, limit: limits.maxTotalBytes })
  if (issues.length > 0) return err(issues)
  const zippable: Zippable = Object.fromEntries(parts)
  const bytes = zipSync(zippable, { level: 6, mtime: PACKED_AT })
  if (bytes.length > limits.maxFileBytes)
    return err([{ code: 'package-too-large', size: bytes.length, limit: limits.maxFileBytes }])
  return ok(bytes)
}

/** A folder or file name the unpacker takes as one: not empty, `.` or `..`, no `/`, `\\` or control characters. */
function isSafeSegment(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '' && name !== '.' && name !== '..' && !/[\\/\u0000-\u001F\u007F]/.test(name)
}

function uniqueName(folder: string, fileName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(`${folder}${fileName}`.toLowerCase())) return `${folder}${fileName}`
  const dot = fileName.lastIndexOf('.')
  const [stem, extension] = dot <= 0 ? [fileName, ''] : [fileName.slice(0, dot), fileName.slice(dot)]
  for (let n = 2; ; n += 1) {
    const candidate = `${folder}${stem} (${n})${extension}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

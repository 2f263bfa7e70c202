import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { readZipEntries } from '@core/excel/xlsx/readZipEntries'
import { err, ok, type Result } from '@core/result'
import type { FileIssue } from './importTypes'

/** One evidence file found in a submission package, under `evidence/<question code>/`. */
export type PackedEvidence = {
  readonly question: string
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** A submission package opened: the questionnaire workbook and the evidence files beside it. */
export type SubmissionPackage = {
  readonly workbookName: string
  readonly workbook: Uint8Array
  readonly evidence: readonly PackedEvidence[]
}

/**
 * Limits for a submission package (`.zip`): larger than a workbook's, because evidence (scans,
 * PDFs) travels in it; each file at most the app's evidence limit (25 MB).
 */
export const submissionPackageLimits: WorkbookReadLimits = {
  ...defaultWorkbookReadLimits,
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 500,
  maxPartBytes: 25 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
}

const EVIDENCE_PATH = /^evidence\/([^/]+)\/([^/]+)$/

/**
 * Opens the `.zip` unit mode writes when evidence is attached (product.md): exactly one
 * questionnaire workbook at the top and files under `evidence/<question code>/<file name>`. The
 * zip is read with the same guarded reader as workbooks (sizes, ratio, names, CRC); anything else
 * inside (another workbook, a nested folder, a stray file) is refused with a specific code, so a
 * package is taken whole or not at all. Never throws.
 *
 * @example
 *   const opened = unpackSubmissionZip(bytes)
 *   if (opened.ok) opened.value.evidence.map((file) => `${file.question}/${file.fileName}`) // => ['HTKT_VanBan/QD-123.pdf']
 */
export function unpackSubmissionZip(
  bytes: Uint8Array,
  limits: WorkbookReadLimits = submissionPackageLimits,
): Result<SubmissionPackage, readonly FileIssue[]> {
  const entries = readZipEntries(bytes, limits)
  if (!entries.ok) return err(entries.error)
  const workbooks = entries.value.filter((entry) => !entry.name.includes('/') && /\.xlsx$/i.test(entry.name))
  // No workbook at the top: not a package at all (a renamed workbook, another archive); say only that.
  if (workbooks.length === 0) return err([{ code: 'package-without-workbook' }])
  const issues: FileIssue[] = []
  if (workbooks.length > 1) issues.push({ code: 'package-with-several-workbooks', count: workbooks.length })
  const evidence: PackedEvidence[] = []
  for (const entry of entries.value) {
    if (workbooks.includes(entry)) continue
    const match = EVIDENCE_PATH.exec(entry.name)
    if (match === null) {
      issues.push({ code: 'package-unexpected-entry', part: entry.name })
      continue
    }
    evidence.push({ question: match[1] ?? '', fileName: match[2] ?? '', bytes: entry.data })
  }
  const [workbook] = workbooks
  if (issues.length > 0 || workbook === undefined) return err(issues)
  return ok({ workbookName: workbook.name, workbook: workbook.data, evidence })
}

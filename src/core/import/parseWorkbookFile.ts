import { readQuestionnaire } from '../excel/questionnaire/readQuestionnaire'
import { sha256Hex } from '../excel/questionnaire/sha256'
import type { WorkbookReadLimits } from '../excel/workbookReadLimits'
import { readWorkbook } from '../excel/xlsx/readWorkbook'
import type { ValidFramework } from '../framework/validateFramework'
import type { ParsedFile } from './importTypes'

/** Options of `parseWorkbookFile`: the year imported for, and stricter read limits if wanted. */
export type ParseOptions = { readonly year?: number; readonly limits?: Partial<WorkbookReadLimits> }

/**
 * Parses one submitted file end to end, as a worker does: the guarded xlsx read (`readWorkbook`:
 * zip, package, XML and size checks before exceljs), then the questionnaire codec
 * (`readQuestionnaire`). Returns the submission ready to commit, or every issue; the file's
 * SHA-256 fingerprint either way (the import journal recognises files by it). Never throws.
 *
 * @example
 *   const parsed = await parseWorkbookFile({ fileName: 'SNV.xlsx', bytes }, framework, { year: 2025 })
 *   parsed.status // => 'parsed'
 */
export async function parseWorkbookFile(file: { readonly fileName: string; readonly bytes: Uint8Array }, framework: ValidFramework, options: ParseOptions = {}): Promise<ParsedFile> {
  const { fileName, bytes } = file
  const fingerprint = sha256Hex(bytes)
  if (!/\.xlsx$/i.test(fileName)) return { status: 'rejected', fileName, fingerprint, issues: [{ code: 'not-an-xlsx-file', fileName }] }
  const workbook = await readWorkbook(bytes, options.limits)
  if (!workbook.ok) return { status: 'rejected', fileName, fingerprint, issues: workbook.error }
  try {
    const read = readQuestionnaire(workbook.value, framework, options.year === undefined ? {} : { year: options.year })
    if (!read.ok) return { status: 'rejected', fileName, fingerprint, issues: read.error }
    const decoded = read.value
    return {
      status: 'parsed',
      fileName,
      fingerprint,
      submission: {
        unitCode: decoded.unit.code,
        unitName: decoded.unit.name,
        frameworkId: decoded.frameworkId,
        frameworkVersion: decoded.frameworkVersion,
        year: decoded.year,
        contentHash: decoded.contentHash,
        content: decoded.content,
        warnings: decoded.warnings,
        source: {
          fileName,
          fingerprint,
          templateVersion: decoded.meta.templateVersion,
          upgradedFrom: decoded.upgradedFrom,
          appVersion: decoded.meta.appVersion,
          exportedAt: decoded.meta.exportedAt,
          isUnchangedSinceExport: decoded.isUnchangedSinceExport,
        },
      },
    }
  } catch (error) {
    // A bug in the codec must not take the batch down: the file is reported, the rest go on.
    return { status: 'rejected', fileName, fingerprint, issues: [{ code: 'parse-crashed', message: error instanceof Error ? error.message.slice(0, 300) : String(error) }] }
  }
}

import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import type { RoundIssue } from '@core/formats/feedback/roundIssue'
import {
  roundManifestSheet,
  sealRoundManifest,
  type RoundIdentity,
} from '@core/formats/feedback/roundManifest'
import { RESPONSE_WORKBOOK_NAME } from '@core/formats/feedback/roundFileKind'
import { packRoundFiles } from '@core/formats/feedback/roundPackage'
import type { WrittenRoundFile } from '@core/formats/feedback/writeFeedbackPackage'
import type { EvidenceRules } from '@core/responses/checkEvidenceFiles'
import { err, ok, type Result } from '@core/result'
import { checkResponseItems } from './checkResponseItems'
import type { ResponseContent, ResponseItem } from './responseContent'
import { responseSheets } from './responseSheets'

/** The workbook's name inside a response package (`.zip`). */
export { RESPONSE_WORKBOOK_NAME }

/** A new evidence file of one item. */
export type ResponseEvidenceFile = {
  readonly question: string
  readonly fileName: string
  readonly bytes: Uint8Array
}

/**
 * Writes the unit's response package: the workbook (`responseSheets` and the very hidden `_round`
 * manifest, same identity as the feedback it answers, kind `response`), or, with evidence files,
 * a `.zip` with the workbook as `giai-trinh.xlsx` and each file under `evidence/<question>/`. Each
 * item's `evidence` is set from `files`. Refuses (writing nothing) an explanation missing or
 * evidence the rules do not accept (`checkResponseItems`).
 *
 * @example
 *   const written = await writeResponsePackage(identity, { frameworkName, feedbackHash, items }, [])
 */
export async function writeResponsePackage(
  identity: RoundIdentity,
  content: Omit<ResponseContent, 'items'> & { readonly items: readonly Omit<ResponseItem, 'evidence'>[] },
  files: readonly ResponseEvidenceFile[],
  rulesFor?: (question: string) => EvidenceRules | undefined,
): Promise<Result<WrittenRoundFile, readonly (RoundIssue | WorkbookWriteIssue)[]>> {
  const items = content.items.map((item): ResponseItem => ({
    ...item,
    evidence:
      item.decision === 'agree'
        ? []
        : files.filter((file) => file.question === item.question).map((file) => file.fileName),
  }))
  const problems = checkResponseItems(items, rulesFor)
  if (problems.length > 0) return err(problems)
  const full: ResponseContent = { ...content, items }
  const kept = files.filter((file) =>
    items.some((item) => item.question === file.question && item.evidence.includes(file.fileName)),
  )
  const manifest = sealRoundManifest('response', identity, full)
  const workbook = await writeWorkbook({
    sheets: [...responseSheets(manifest, full), roundManifestSheet(manifest, full)],
    properties: { creator: 'ICT Index Workbench', created: identity.writtenAt },
  })
  if (!workbook.ok) return err(workbook.error)
  if (kept.length === 0) return ok({ bytes: workbook.value, extension: 'xlsx', manifest })
  const packed = kept.map((file) => ({ folder: file.question, fileName: file.fileName, bytes: file.bytes }))
  return ok({
    bytes: packRoundFiles(RESPONSE_WORKBOOK_NAME, workbook.value, 'evidence', packed),
    extension: 'zip',
    manifest,
  })
}

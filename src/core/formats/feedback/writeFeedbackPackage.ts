import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import type { WorkbookWriteIssue } from '@core/excel/workbookWriteIssue'
import { err, ok, type Result } from '@core/result'
import type { FeedbackContent } from './feedbackContent'
import { feedbackSheets } from './feedbackSheets'
import { FEEDBACK_WORKBOOK_NAME } from './roundFileKind'
import { packRoundFiles } from './roundPackage'
import {
  roundManifestSheet,
  sealRoundManifest,
  type RoundIdentity,
  type RoundManifest,
} from './roundManifest'

/** The workbook's name inside a feedback package (`.zip`). */
export { FEEDBACK_WORKBOOK_NAME }

/** A file the evaluator attaches to every feedback package of a round. */
export type RoundAttachment = { readonly fileName: string; readonly bytes: Uint8Array }

/** A feedback package written: its bytes, whether it is a `.zip` (attachments) or a bare `.xlsx`, and its manifest. */
export type WrittenRoundFile = {
  readonly bytes: Uint8Array
  readonly extension: 'xlsx' | 'zip'
  readonly manifest: RoundManifest
}

/**
 * Writes one unit's feedback package: the workbook (visible sheets of `feedbackSheets`, the very
 * hidden `_round` manifest with the content hash), or, when the evaluator attached files, a `.zip`
 * with the workbook as `ket-qua-so-bo.xlsx` and the files under `attachments/`. `content.attachments`
 * is set from `attachments`.
 *
 * @example
 *   const written = await writeFeedbackPackage(identity, content, [])
 *   if (written.ok) written.value.extension // => 'xlsx'
 */
export async function writeFeedbackPackage(
  identity: RoundIdentity,
  content: Omit<FeedbackContent, 'attachments'>,
  attachments: readonly RoundAttachment[],
): Promise<Result<WrittenRoundFile, readonly WorkbookWriteIssue[]>> {
  // -0 is written (and hashed through canonical JSON) as 0: keep the content equal to what is read back.
  const plain = (score: number | null) => (score === 0 ? 0 : score)
  const full: FeedbackContent = {
    ...content,
    composite: plain(content.composite),
    components: content.components.map((component) => ({ ...component, score: plain(component.score) })),
    attachments: attachments.map((file) => file.fileName),
  }
  const manifest = sealRoundManifest('feedback', identity, full)
  const workbook = await writeWorkbook({
    sheets: [...feedbackSheets(manifest, full), roundManifestSheet(manifest, full)],
    properties: { creator: 'ICT Index Workbench', created: identity.writtenAt },
  })
  if (!workbook.ok) return err(workbook.error)
  if (attachments.length === 0) return ok({ bytes: workbook.value, extension: 'xlsx', manifest })
  const files = attachments.map((file) => ({ folder: '', fileName: file.fileName, bytes: file.bytes }))
  return ok({
    bytes: packRoundFiles(FEEDBACK_WORKBOOK_NAME, workbook.value, 'attachments', files),
    extension: 'zip',
    manifest,
  })
}

import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { err, ok, type Result } from '@core/result'
import { feedbackContentSchema, type FeedbackContent } from './feedbackContent'
import { feedbackSheets } from './feedbackSheets'
import { readRoundWorkbook } from './readRoundWorkbook'
import type { RoundIssue } from './roundIssue'
import type { RoundManifest } from './roundManifest'
import { checkRoundIdentity, openRoundFile, type RoundExpectation } from './roundPackage'
import { FEEDBACK_WORKBOOK_NAME, type RoundAttachment } from './writeFeedbackPackage'

/** A feedback package read and checked. */
export type FeedbackPackage = {
  readonly manifest: RoundManifest
  readonly content: FeedbackContent
  readonly attachments: readonly RoundAttachment[]
}

/**
 * Opens a feedback package (`.xlsx`, or `.zip` with `ket-qua-so-bo.xlsx` and `attachments/<file>`)
 * and collects every problem: the guarded zip and workbook readers' (sizes, ratio, names, macros,
 * hostile XML), no or damaged manifest, formulas, a hash that does not match, edited cells,
 * attachments missing or not listed, and, against `expect`, another unit (or a look-alike code),
 * framework, year or assessment. Nothing is returned from a file with any problem. Never throws.
 *
 * @example
 *   const read = await readFeedbackPackage(bytes, { unitCode: 'SNV', frameworkId: 'dept-ict-readiness', year: 2026 })
 *   if (!read.ok) read.error // => [{ code: 'round-unit-mismatch', expected: 'SNV', found: 'STC' }]
 */
export async function readFeedbackPackage(
  bytes: Uint8Array,
  expect: RoundExpectation = {},
): Promise<Result<FeedbackPackage, readonly RoundIssue[]>> {
  const opened = openRoundFile(bytes, FEEDBACK_WORKBOOK_NAME, { top: 'attachments', perItem: false })
  if (!opened.ok) return opened
  const workbook = await readWorkbook(opened.value.workbook)
  if (!workbook.ok) return err(workbook.error)
  const read = readRoundWorkbook(workbook.value, 'feedback', feedbackContentSchema, feedbackSheets)
  if (!read.ok) return read
  const { manifest, content } = read.value
  const issues: RoundIssue[] = checkRoundIdentity(manifest, expect)
  const packed = new Map(opened.value.files.map((file) => [file.fileName, file]))
  for (const fileName of content.attachments)
    if (!packed.has(fileName)) issues.push({ code: 'round-attachment-missing', fileName })
  for (const file of opened.value.files)
    if (!content.attachments.includes(file.fileName))
      issues.push({ code: 'round-attachment-unlisted', part: `attachments/${file.fileName}` })
  if (issues.length > 0) return err(issues)
  const attachments = content.attachments.flatMap((fileName) => {
    const file = packed.get(fileName)
    return file === undefined ? [] : [{ fileName, bytes: file.bytes }]
  })
  return ok({ manifest, content, attachments })
}

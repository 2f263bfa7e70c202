import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import type { RoundFileKind, RoundIssue } from '@core/formats/feedback/roundIssue'
import {
  ROUND_FORMAT,
  ROUND_FORMAT_VERSION,
  ROUND_MANIFEST_SHEET,
} from '@core/formats/feedback/roundManifest'
import { FEEDBACK_WORKBOOK_NAME } from '@core/formats/feedback/writeFeedbackPackage'
import { readResponsePackage } from '@core/formats/response/readResponsePackage'
import { RESPONSE_WORKBOOK_NAME } from '@core/formats/response/writeResponsePackage'
import { err, ok } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'

/**
 * Whether a workbook is a round file of `kind`: its `_round` sheet starts with the round format
 * and names the kind (true for a damaged one too, so its damage is reported under the right kind).
 *
 * @example
 *   isRoundWorkbook(workbook, 'feedback') // => true for a feedback package's workbook
 */
export function isRoundWorkbook(workbook: SheetWorkbook, kind: RoundFileKind): boolean {
  const sheet = workbook.sheets.find((candidate) => candidate.name === ROUND_MANIFEST_SHEET)
  return (
    sheet?.rows[0]?.[0] === ROUND_FORMAT && sheet.rows.some((row) => row[0] === 'kind' && row[1] === kind)
  )
}

/** Whether a zip's entries are a round package of `kind` (its workbook under the fixed name at the top). */
export function isRoundPackage(names: readonly string[], kind: RoundFileKind): boolean {
  return names.includes(kind === 'feedback' ? FEEDBACK_WORKBOOK_NAME : RESPONSE_WORKBOOK_NAME)
}

/**
 * A feedback or response package (bare `.xlsx` or `.zip`), read by its own reader
 * (`readFeedbackPackage` / `readResponsePackage`: guarded zip, formulas, edited cells, listed
 * files, content hash). Items: the disputed items; details: the round, deadline, assessment and,
 * for a response, its evidence files and how many items it explains.
 *
 * @example
 *   const about = await inspectRoundFile(input, 'response')
 *   about.ok && about.value.details['round'] // => 1
 */
export async function inspectRoundFile(input: InspectInput, kind: RoundFileKind): Inspection {
  const read =
    kind === 'feedback' ? await readFeedbackPackage(input.bytes) : await readResponsePackage(input.bytes)
  if (!read.ok) {
    const { error } = read
    if (error.some((issue) => issue.code === 'round-hash-mismatch'))
      return err({ code: 'hash-mismatch', kind, detail: 'content hash', count: error.length })
    const newer = error.find(
      (issue): issue is Extract<RoundIssue, { code: 'round-newer-format' }> =>
        issue.code === 'round-newer-format',
    )
    if (newer !== undefined)
      return err({ code: 'newer-format', kind, found: newer.found, newest: newer.newest })
    return err({ code: 'unreadable', kind, issues: error })
  }
  const { manifest } = read.value
  const common = {
    round: manifest.round,
    deadline: manifest.deadline,
    assessmentId: manifest.assessmentId,
    writtenAt: manifest.writtenAt,
    appVersion: manifest.appVersion,
  }
  const details =
    'evidence' in read.value
      ? {
          ...common,
          explained: read.value.content.items.filter((item) => item.decision === 'explain').length,
          agreed: read.value.content.items.filter((item) => item.decision === 'agree').length,
          evidenceFiles: read.value.evidence.length,
        }
      : { ...common, attachments: read.value.attachments.length }
  return ok({
    kind,
    formatVersion: ROUND_FORMAT_VERSION,
    frameworkId: manifest.frameworkId,
    frameworkVersion: manifest.frameworkVersion,
    year: manifest.year,
    scope: `${manifest.unitCode} — ${manifest.unitName}`,
    items: read.value.content.items.length,
    itemUnit: 'items',
    hash: 'ok',
    details,
  })
}

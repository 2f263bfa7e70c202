import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import type { RoundFileKind, RoundIssue } from '@core/formats/feedback/roundIssue'
import { ROUND_FORMAT_VERSION } from '@core/formats/feedback/roundManifest'
import { readResponsePackage } from '@core/formats/response/readResponsePackage'
import { err, ok } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'

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

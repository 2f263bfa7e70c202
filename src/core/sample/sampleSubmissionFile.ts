import type { Answers } from '@core/responses/answer'
import type { Sample, SampleSubmission } from './generateSample'

/**
 * One unit's sample answers as a JSON file, until the questionnaire workbook writer exists
 * (version 1):
 *
 * ```json
 * { "formatVersion": 1, "frameworkId": "dept-ict-readiness", "frameworkVersion": "2026.1", "year": 2025,
 *   "unit": { "code": "SNV", "name": "Sở Nội vụ", "group": "so-ban-nganh" },
 *   "answers": { "SoCBCC": 96, "HasPhongCNTT": true, "CoCauToChuc": "1", "ListPMQLCN": [{ "TenPhanMem": "…" }] } }
 * ```
 *
 * `answers` follows the answer model (`Answers`): numbers, booleans, choice values, lists of
 * choice values, ISO dates, texts (NFC) and table rows keyed by column code, in the framework's
 * question order. A question that is not answered (blank, or not asked) has no key.
 *
 * @example
 *   const file: SampleSubmissionFile = sampleSubmissionFile(sample, sample.submissions[0])
 */
export type SampleSubmissionFile = {
  readonly formatVersion: 1
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly unit: { readonly code: string; readonly name: string; readonly group: string }
  readonly answers: Answers
}

/**
 * The file content for one submission of a sample.
 *
 * @example
 *   JSON.stringify(sampleSubmissionFile(sample, submission), null, 2)
 */
export function sampleSubmissionFile(
  sample: Pick<Sample, 'frameworkId' | 'frameworkVersion' | 'year'>,
  submission: SampleSubmission,
): SampleSubmissionFile {
  const { code, name, group } = submission.unit
  return {
    formatVersion: 1,
    frameworkId: sample.frameworkId,
    frameworkVersion: sample.frameworkVersion,
    year: sample.year,
    unit: { code, name, group },
    answers: submission.answers,
  }
}

/**
 * A safe file name for a unit's file: the code with anything but letters, digits, `.`, `_` and
 * `-` replaced by `_`, then `.json`.
 *
 * @example
 *   sampleSubmissionFileName('VP-UBND') // => 'VP-UBND.json'
 *   sampleSubmissionFileName('A/B') // => 'A_B.json'
 */
export function sampleSubmissionFileName(unitCode: string): string {
  return `${unitCode.replace(/[^A-Za-z0-9._-]/g, '_')}.json`
}

import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { readRoundWorkbook } from '@core/formats/feedback/readRoundWorkbook'
import type { RoundIssue } from '@core/formats/feedback/roundIssue'
import type { RoundManifest } from '@core/formats/feedback/roundManifest'
import { checkRoundIdentity, openRoundFile, type RoundExpectation } from '@core/formats/feedback/roundPackage'
import type { EvidenceRules } from '@core/responses/checkEvidenceFiles'
import { err, ok, type Result } from '@core/result'
import { checkResponseItems } from './checkResponseItems'
import { responseContentSchema, type ResponseContent } from './responseContent'
import { responseSheets } from './responseSheets'
import { RESPONSE_WORKBOOK_NAME, type ResponseEvidenceFile } from './writeResponsePackage'

/** A response package read and checked: manifest, content and the evidence files, per item. */
export type ResponsePackage = {
  readonly manifest: RoundManifest
  readonly content: ResponseContent
  readonly evidence: readonly ResponseEvidenceFile[]
}

/**
 * Opens a response package (`.xlsx`, or `.zip` with `giai-trinh.xlsx` and
 * `evidence/<question>/<file>`) and collects every problem: the guarded readers', the round
 * workbook's (manifest, formulas, hash, edited cells), the identity against `expect` (unit or a
 * look-alike code, framework, year, assessment), explanations missing, evidence not accepted by
 * the questionnaire's evidence rule, files listed but absent or present but not listed. Never throws.
 *
 * @example
 *   const read = await readResponsePackage(bytes, { assessmentId, knownUnits: new Set(units) })
 */
export async function readResponsePackage(
  bytes: Uint8Array,
  expect: RoundExpectation = {},
  rulesFor?: (question: string) => EvidenceRules | undefined,
): Promise<Result<ResponsePackage, readonly RoundIssue[]>> {
  const opened = openRoundFile(bytes, RESPONSE_WORKBOOK_NAME, { top: 'evidence', perItem: true })
  if (!opened.ok) return opened
  const workbook = await readWorkbook(opened.value.workbook)
  if (!workbook.ok) return err(workbook.error)
  const read = readRoundWorkbook(workbook.value, 'response', responseContentSchema, responseSheets)
  if (!read.ok) return read
  const { manifest, content } = read.value
  const issues: RoundIssue[] = [
    ...checkRoundIdentity(manifest, expect),
    ...checkResponseItems(content.items, rulesFor),
  ]
  const key = (question: string, fileName: string) => JSON.stringify([question, fileName])
  const packed = new Map(opened.value.files.map((file) => [key(file.folder, file.fileName), file]))
  const listed = new Set<string>()
  const evidence: ResponseEvidenceFile[] = []
  for (const item of content.items)
    for (const fileName of item.evidence) {
      listed.add(key(item.question, fileName))
      const file = packed.get(key(item.question, fileName))
      if (file === undefined)
        issues.push({ code: 'round-evidence-missing', question: item.question, fileName })
      else evidence.push({ question: item.question, fileName, bytes: file.bytes })
    }
  for (const file of opened.value.files)
    if (!listed.has(key(file.folder, file.fileName)))
      issues.push({ code: 'round-evidence-unlisted', part: `evidence/${file.folder}/${file.fileName}` })
  return issues.length > 0 ? err(issues) : ok({ manifest, content, evidence })
}

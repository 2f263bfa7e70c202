import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { unpackSubmissionZip } from '@core/import/unpackSubmissionZip'
import { err, ok } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'
import { inspectQuestionnaire } from './inspectQuestionnaire'

/**
 * A submission package (`.zip`: the questionnaire workbook and `evidence/<question>/<file>`),
 * opened by the import's own `unpackSubmissionZip` (guarded zip, nothing stray inside), then its
 * workbook as `inspectQuestionnaire` describes; `details.evidenceFiles` counts the evidence.
 *
 * @example
 *   const about = await inspectSubmissionPackage({ fileName: 'SNV.zip', bytes, frameworks: [] })
 */
export async function inspectSubmissionPackage(input: InspectInput): Inspection {
  const opened = unpackSubmissionZip(input.bytes)
  if (!opened.ok) return err({ code: 'unreadable', kind: 'submission-package', issues: opened.error })
  const workbook = await readWorkbook(opened.value.workbook)
  if (!workbook.ok) return err({ code: 'unreadable', kind: 'submission-package', issues: workbook.error })
  const about = inspectQuestionnaire(workbook.value, input.frameworks, 'submission-package')
  if (!about.ok) return about
  return ok({
    ...about.value,
    details: { ...about.value.details, evidenceFiles: opened.value.evidence.length },
  })
}

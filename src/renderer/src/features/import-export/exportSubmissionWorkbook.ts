import type { EvidenceReference } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { PackedEvidence } from '@core/import/unpackSubmissionZip'
import type { Submission } from '@core/responses/submission'
import type { EvidenceRepository } from '@core/storage/evidenceRepository'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import { getPlatform } from '../../platform/getPlatform'

/** What unit mode's export needs: the submission, its framework, the unit and its evidence files. */
export type SubmissionExportRequest = {
  readonly submission: Submission
  readonly framework: ValidFramework
  readonly unit: UnitProfile
  readonly evidence: EvidenceRepository
}

/**
 * Unit mode's "export to Excel": the filled questionnaire workbook (template version 1) of a
 * submission, with the unit's code and name locked in it. When files are attached as evidence, it
 * travels as a `.zip` holding the workbook and an `evidence/<question code>/` folder (product.md
 * "The Excel files" 4). Entries that are not valid values yet are written as typed.
 *
 * @example
 *   await exportSubmissionWorkbook({ submission, framework, unit, evidence }) // => ok({ savedTo: 'dept-ict-readiness-2025-SNV.xlsx' })
 */
export async function exportSubmissionWorkbook({
  submission,
  framework,
  unit,
  evidence,
}: SubmissionExportRequest): Promise<
  Result<{ readonly savedTo: string } | null, { readonly message: string }>
> {
  // The writer (and exceljs) load on first use, keeping them out of the unit screen's bundle.
  const [{ questionnaireFileName, writeQuestionnaireWorkbook }, { packSubmissionZip }, info] =
    await Promise.all([
      import('@core/formats/questionnaire/writeQuestionnaireWorkbook'),
      import('@core/import/packSubmissionZip'),
      getPlatform().getAppInfo(),
    ])
  const written = await writeQuestionnaireWorkbook(framework, {
    unit: { code: unit.code, name: unit.name },
    year: submission.year,
    appVersion: info.ok ? info.value.version : '',
    exportedAt: new Date().toISOString(),
    content: { answers: submission.answers, comments: submission.comments, entries: submission.entries },
  })
  if (!written.ok) return err({ message: written.error.map((issue) => issue.code).join(', ') })
  const fileName = questionnaireFileName(framework.id, submission.year, unit.code)
  const attached = framework.questions.flatMap((question) => {
    const value = question.type === 'evidence' ? submission.answers[question.code] : undefined
    return Array.isArray(value)
      ? (value as readonly EvidenceReference[]).map((reference) => ({ question: question.code, reference }))
      : []
  })
  let bytes = written.value
  let suggestedName = fileName
  if (attached.length > 0) {
    const files: PackedEvidence[] = []
    for (const { question, reference } of attached) {
      const content = await evidence.read(reference.id)
      if (content !== null) files.push({ question, fileName: reference.fileName, bytes: content.bytes })
    }
    const packed = packSubmissionZip({ workbookName: fileName, workbook: written.value, evidence: files })
    if (!packed.ok) return err({ message: packed.error.map((issue) => issue.code).join(', ') })
    bytes = packed.value
    suggestedName = fileName.replace(/\.xlsx$/, '.zip')
  }
  const saved = await getPlatform().saveFile({ suggestedName, bytes })
  if (!saved.ok) return err({ message: saved.error.code })
  return ok(saved.value === null ? null : { savedTo: saved.value.savedTo })
}

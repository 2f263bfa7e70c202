import type { Result } from '../../../../core/result'
import type { ValidFramework } from '../../../../core/framework/validateFramework'
import type { Submission } from '../../../../core/responses/submission'
import type { EvidenceRepository } from '../../../../core/storage/evidenceRepository'
import type { UnitProfile } from '../../../../core/storage/unitProfileRepository'
import { exportSubmissionWorkbook } from '../import-export/exportSubmissionWorkbook'

/**
 * HOOK for the "Excel exchange" issue: writing the filled questionnaire workbook (or a `.zip` with
 * the workbook and an `evidence/` folder when files are attached) for a submission.
 *
 * Unit mode shows an export button only when `submissionExporter` is set; until then the
 * submission panel says that export comes with the Excel exchange. To plug it in, assign a
 * function here (read the evidence bytes with `evidence.read(id)`; save through
 * `getPlatform().saveFile`).
 */
export type SubmissionExporter = (request: {
  readonly submission: Submission
  readonly framework: ValidFramework
  readonly unit: UnitProfile
  readonly evidence: EvidenceRepository
}) => Promise<Result<{ readonly savedTo: string } | null, { readonly message: string }>>

export const submissionExporter: SubmissionExporter | null = exportSubmissionWorkbook

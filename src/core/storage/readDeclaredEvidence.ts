import type { DeclaredSubmission } from '@core/assessment/assessment'
import type { EvidenceReference } from '@core/responses/answer'
import type { WorkbenchDatabase } from './database'
import { receivedEvidenceId } from './receivedSubmissionRepository'
import type { StoredEvidence } from './storedTypes'

/**
 * The stored file behind one evidence reference of a unit's declared answers, for the evaluator to
 * open: unit mode on this machine keeps it under the reference's own id, a received package under
 * the received version's id and the reference (`receivedEvidenceId`). `null` when it is not here
 * (a plain workbook carries no files).
 *
 * @example
 *   const file = await readDeclaredEvidence(database, declared, { id: 'KiemChung/1', fileName: 'QD-12.pdf', size: 1024 })
 */
export async function readDeclaredEvidence(
  database: WorkbenchDatabase,
  declared: Pick<DeclaredSubmission, 'source' | 'evidenceOwner'>,
  reference: EvidenceReference,
): Promise<StoredEvidence | null> {
  if (declared.source === 'received' && declared.evidenceOwner === undefined) return null
  const id =
    declared.source === 'received'
      ? receivedEvidenceId(declared.evidenceOwner ?? '', reference.id)
      : reference.id
  return (await database.evidence.get(id)) ?? null
}

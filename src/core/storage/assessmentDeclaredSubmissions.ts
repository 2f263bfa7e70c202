import type { Assessment, DeclaredHistoryEntry, DeclaredSubmission } from '@core/assessment/assessment'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import { councilEvidenceOwner, councilsTable } from './councilRows'
import type { WorkbenchDatabase } from './database'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'
import { isSubmissionRow, rowToSubmission } from './submissionRows'

/** One place declared answers come from (unit mode on this machine, received workbooks). */
export type DeclaredSubmissionSource = (
  database: WorkbenchDatabase,
  assessment: Assessment,
) => Promise<readonly DeclaredSubmission[]>

/**
 * Submissions filled in unit mode on this machine for the assessment's framework version and
 * year: the latest submitted revision of each unit of the assessment (drafts are not declared yet).
 *
 * @example
 *   const declared = await unitModeSubmissions(database, assessment)
 */
export const unitModeSubmissions: DeclaredSubmissionSource = async (database, assessment) => {
  const units = new Set(assessment.units.map((unit) => unit.code))
  const rows = await database.submissions
    .where('[frameworkId+year]')
    .equals([assessment.frameworkId, assessment.year])
    .toArray()
  const revisions = rows
    .filter(isSubmissionRow)
    .map(rowToSubmission)
    .filter(
      (submission) =>
        submission.frameworkVersion === assessment.frameworkVersion && units.has(submission.unitCode),
    )
  const byUnit = new Map<string, typeof revisions>()
  for (const submission of revisions)
    byUnit.set(submission.unitCode, [...(byUnit.get(submission.unitCode) ?? []), submission])
  return [...byUnit.entries()].flatMap(([unit, all]): DeclaredSubmission[] => {
    const submitted = all
      .filter((submission) => submission.status === 'submitted' && submission.submittedAt !== null)
      .sort((a, b) => b.revision - a.revision)
    const latest = submitted[0]
    if (latest === undefined) return []
    const history = all
      .flatMap((submission): DeclaredHistoryEntry[] => [
        ...(submission.submittedAt === null
          ? []
          : [{ at: submission.submittedAt, kind: 'submitted' as const, reference: submission.id }]),
        ...(submission.revision > 1
          ? [{ at: submission.createdAt, kind: 'revision-started' as const, reference: submission.id }]
          : []),
      ])
      .sort((a, b) => b.at.localeCompare(a.at))
    return [
      {
        unit,
        answers: latest.answers,
        source: 'unit-mode',
        receivedAt: latest.submittedAt ?? latest.updatedAt,
        reference: latest.id,
        history,
        importWarnings: [],
        pendingVersions: 0,
        evidenceOwner: latest.id,
      },
    ]
  })
}

/**
 * Workbooks evaluators imported for the assessment's framework version and year (bulk import):
 * the version in force of each unit of the assessment, with the import's warnings, how many later
 * versions wait for a choice, and every version's history.
 *
 * @example
 *   const declared = await receivedWorkbookSubmissions(database, assessment)
 */
export const receivedWorkbookSubmissions: DeclaredSubmissionSource = async (database, assessment) => {
  const units = new Set(assessment.units.map((unit) => unit.code))
  const repository = createReceivedSubmissionRepository(database)
  const scope = {
    frameworkId: assessment.frameworkId,
    frameworkVersion: assessment.frameworkVersion,
    year: assessment.year,
  }
  const [current, pending] = await Promise.all([repository.listCurrent(scope), repository.listPending(scope)])
  return Promise.all(
    current
      .filter((received) => units.has(received.unitCode))
      .map(async (received): Promise<DeclaredSubmission> => {
        const versions = await repository.versions(received)
        return {
          unit: received.unitCode,
          answers: received.content.answers,
          source: 'received',
          receivedAt: received.decidedAt ?? received.importedAt,
          reference: received.source.fileName,
          history: versions.map(historyOf).sort((a, b) => b.at.localeCompare(a.at)),
          importWarnings: received.warnings,
          pendingVersions: pending.filter((version) => version.unitCode === received.unitCode).length,
          evidenceOwner: received.id,
        }
      }),
  )
}

function historyOf(version: ReceivedSubmission): DeclaredHistoryEntry {
  const kind =
    version.status === 'superseded' ? 'replaced' : version.status === 'discarded' ? 'rejected' : 'imported'
  return { at: version.decidedAt ?? version.importedAt, kind, reference: version.source.fileName }
}

/** Where declared answers come from: unit mode on this machine, and imported workbooks. */
export const DECLARED_SOURCES: readonly DeclaredSubmissionSource[] = [
  unitModeSubmissions,
  receivedWorkbookSubmissions,
  councilWorkPackageSubmissions,
]

/**
 * The final declared answers per unit for the assessment's framework and year: the newest
 * submission of each unit across every source, with the history of all of them.
 *
 * @example
 *   const declared = await loadDeclaredSubmissions(database, assessment)
 *   declared.find((submission) => submission.unit === 'STC')?.answers
 */
export async function loadDeclaredSubmissions(
  database: WorkbenchDatabase,
  assessment: Assessment,
  sources: readonly DeclaredSubmissionSource[] = DECLARED_SOURCES,
): Promise<DeclaredSubmission[]> {
  const all = (await Promise.all(sources.map((source) => source(database, assessment)))).flat()
  const byUnit = new Map<string, DeclaredSubmission>()
  for (const submission of all) {
    const current = byUnit.get(submission.unit)
    if (current === undefined) {
      byUnit.set(submission.unit, submission)
      continue
    }
    const newer = submission.receivedAt > current.receivedAt ? submission : current
    const history = [...current.history, ...submission.history].sort((a, b) => b.at.localeCompare(a.at))
    byUnit.set(submission.unit, { ...newer, history })
  }
  return assessment.units.flatMap((unit) => {
    const submission = byUnit.get(unit.code)
    return submission === undefined ? [] : [submission]
  })
}

/**
 * On a council member's machine (decision 0025): the declared answers the work package carried,
 * for the scoped assessment opened from it (its `councils` row's `memberOf`); evidence kept under
 * `councilEvidenceOwner`. Nothing for any other assessment.
 *
 * @example
 *   const declared = await councilWorkPackageSubmissions(database, assessment)
 */
export async function councilWorkPackageSubmissions(
  database: WorkbenchDatabase,
  assessment: Assessment,
): Promise<readonly DeclaredSubmission[]> {
  const membership = (await councilsTable(database).get(assessment.id))?.memberOf
  if (membership === undefined) return []
  return membership.units.map((unit): DeclaredSubmission => ({
    unit: unit.code,
    answers: unit.answers,
    source: 'received',
    receivedAt: membership.openedAt,
    reference: membership.workPackageHash,
    history: [],
    importWarnings: [],
    pendingVersions: 0,
    evidenceOwner: councilEvidenceOwner(assessment.id, unit.code),
  }))
}

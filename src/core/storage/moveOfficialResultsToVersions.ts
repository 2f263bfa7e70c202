import type { Transaction } from 'dexie'
import { latestAppraisals, type Appraisal } from '@core/assessment/appraisal'
import { freezeResultsVersion } from '@core/assessment/resultsVersion'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { StoredAuditEntry } from './storedTypes'

// The rows as step 5 left them, declared here: `assessmentRows.ts` depends on the database
// module, which depends on the schema history, which runs this upgrade.
type ResultRow = {
  readonly assessmentId: string
  readonly computedAt: string
  readonly engineVersion: number
  readonly result: AssessmentResult
}
type AssessmentRowFields = {
  readonly source?: string
  readonly status?: string
  readonly publishedAt?: string | null
  readonly framework?: unknown
}
type AppraisalRow = Appraisal & { readonly assessmentId: string; readonly seq?: number }

/**
 * Schema step 6's upgrade: the official results of every published assessment (its
 * `assessmentResults` row) become version 1 in `resultVersions`, with the framework kept with the
 * assessment, the appraisals in force (a published assessment refuses appraisals, so they are
 * those it was published with), the publication time and the `seq` of the latest
 * `assessment.published` audit entry. The final answers were not kept before versions existed:
 * the version says so (`finalAnswers: null`, `origin: 'upgraded'`). Rows of assessments that are
 * not published (left by an interrupted unlock) are dropped, as the unlock meant. Then the old
 * table is emptied.
 *
 * @example
 *   database.version(6).stores(stores).upgrade(moveOfficialResultsToVersions)
 */
export async function moveOfficialResultsToVersions(transaction: Transaction): Promise<void> {
  const results = (await transaction.table('assessmentResults').toArray()) as ResultRow[]
  for (const row of results) {
    const assessment = (await transaction.table('assessments').get(row.assessmentId)) as
      AssessmentRowFields | undefined
    if (assessment?.source !== 'evaluator' || assessment.status !== 'published') continue
    const appraisals = (
      (await transaction
        .table('appraisals')
        .where('assessmentId')
        .equals(row.assessmentId)
        .toArray()) as AppraisalRow[]
    ).map(toAppraisal)
    const published = (
      (await transaction
        .table('auditLog')
        .where('entityId')
        .equals(row.assessmentId)
        .toArray()) as StoredAuditEntry[]
    )
      .filter((entry) => entry.action === 'assessment.published' && entry.seq !== undefined)
      .sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))[0]
    const version = freezeResultsVersion(
      {
        assessmentId: row.assessmentId,
        version: 1,
        publishedAt: assessment.publishedAt ?? row.computedAt,
        engineVersion: row.engineVersion,
        framework: assessment.framework ?? null,
        finalAnswers: null,
        appraisals: latestAppraisals(appraisals),
        result: row.result,
      },
      { origin: 'upgraded', auditSeq: published?.seq ?? null },
    )
    await transaction.table('resultVersions').put(version)
  }
  await transaction.table('assessmentResults').clear()
}

function toAppraisal({ unit, kind, question, value, reason, at }: AppraisalRow): Appraisal {
  return kind === 'points'
    ? { unit, kind, question, value, reason, at }
    : { unit, question, value, reason, at }
}

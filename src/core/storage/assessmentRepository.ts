import type { Assessment, AssessmentUnit } from '@core/assessment/assessment'
import { latestAppraisals } from '@core/assessment/appraisal'
import type { AssessmentAuditEvent } from '@core/assessment/assessmentAudit'
import type { ReportSignature } from '@core/assessment/reportSignature'
import { councilsTable } from './councilRows'
import {
  freezeResultsVersion,
  nextResultsVersionNumber,
  publishedResultsVersion,
  summariseResultsVersion,
  type ResultsVersion,
  type ResultsVersionSummary,
  type UnitFinalAnswers,
} from '@core/assessment/resultsVersion'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import type { Answers } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import {
  appraisalsTable,
  assessmentToRow,
  isAssessmentRow,
  resultVersionsTable,
  rowToAssessment,
  writeAssessmentAudit,
  type AppraisalRow,
} from './assessmentRows'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, raiseFault, type FaultInjector, type StorageFailure } from './storageError'

/** Why an assessment change did not happen; storage failures leave everything as it was. */
export type AssessmentWriteFailure =
  | StorageFailure
  | { readonly code: 'not-found' }
  /** Published: unlock it first (an explicit, logged action). */
  | { readonly code: 'assessment-published' }
  | { readonly code: 'assessment-not-published' }
  | { readonly code: 'assessment-exists'; readonly id: string }
  | { readonly code: 'reason-required' }
  | { readonly code: 'unknown-unit'; readonly unit: string }
  | { readonly code: 'no-units' }
  /** The final answers given to publish are not those of the units the results score. */
  | { readonly code: 'results-mismatch' }
  /** A council member's scoped assessment (decision 0025): its appraisals go back to the lead in a package; it publishes nothing. */
  | { readonly code: 'council-member-cannot-publish' }

/** Why a stored assessment cannot be opened. */
export type AssessmentReadFailure = { readonly code: 'not-found' } | { readonly code: 'framework-invalid' }

export type OpenedAssessment = { readonly assessment: Assessment; readonly framework: ValidFramework }

export type AssessmentRepositoryOptions = { readonly now?: () => Date; readonly injectFault?: FaultInjector }

export type AssessmentRepository = {
  /** Starts an assessment of `framework` for `year` (one per framework id and year). */
  create(
    framework: ValidFramework,
    year: number,
    units: readonly AssessmentUnit[],
  ): Promise<Result<Assessment, AssessmentWriteFailure>>
  /** Every assessment, newest year first. */
  list(): Promise<readonly Assessment[]>
  get(id: string): Promise<Result<OpenedAssessment, AssessmentReadFailure>>
  /** The assessment of a framework id for a year, if there is one (for last year's comparison). */
  findForYear(frameworkId: string, year: number): Promise<Assessment | null>
  /** Replaces the list of units; approvals of removed units go with them. */
  setUnits(id: string, units: readonly AssessmentUnit[]): Promise<Result<Assessment, AssessmentWriteFailure>>
  approve(id: string, unit: string): Promise<Result<Assessment, AssessmentWriteFailure>>
  withdrawApproval(id: string, unit: string): Promise<Result<Assessment, AssessmentWriteFailure>>
  /**
   * Locks the assessment and freezes `result` as the next version of the official results, with
   * the final answers it was computed from (one entry per scored unit, in the results' order),
   * the appraisals in force, the framework, the engine version and the digest.
   */
  publish(
    id: string,
    result: AssessmentResult,
    finalAnswers: readonly { readonly code: string; readonly answers: Answers }[],
  ): Promise<Result<Assessment, AssessmentWriteFailure>>
  /** Reopens a published assessment; the reason is required and logged. Versions stay. */
  unlock(id: string, reason: string): Promise<Result<Assessment, AssessmentWriteFailure>>
  /**
   * Sets (or with `null` removes) the signature block of the results report. Allowed after
   * publication too: it changes how the report prints, not the results.
   */
  setReportSignature(
    id: string,
    signature: ReportSignature | null,
  ): Promise<Result<Assessment, AssessmentWriteFailure>>
  /** The results of the published version, or `null` while the assessment is open. */
  officialResult(id: string): Promise<AssessmentResult | null>
  /** Every version of the official results, oldest first (empty when never published). */
  versions(id: string): Promise<readonly ResultsVersion[]>
  /** The version in force while the assessment is published, `null` while it is open. */
  publishedVersion(id: string): Promise<ResultsVersionSummary | null>
}

/**
 * The evaluator's assessments (kỳ đánh giá). Every change is one strict-durability transaction
 * together with its audit entry, reported done only when the transaction promise resolved
 * (reliability §3.2–3.3). A published assessment refuses changes until it is unlocked.
 *
 * @example
 *   const assessments = createAssessmentRepository(database)
 *   const created = await assessments.create(framework, 2026, [{ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' }])
 */
export function createAssessmentRepository(
  database: WorkbenchDatabase,
  options: AssessmentRepositoryOptions = {},
): AssessmentRepository {
  const now = () => (options.now?.() ?? new Date()).toISOString()
  const tables = [
    database.assessments,
    database.auditLog,
    appraisalsTable(database),
    resultVersionsTable(database),
    councilsTable(database),
  ]
  const versionsOf = async (id: string) =>
    (await resultVersionsTable(database).where('assessmentId').equals(id).toArray()).sort(
      (a, b) => a.version - b.version,
    )
  const publishedRow = async (id: string) => {
    const row = await database.assessments.get(id)
    return isAssessmentRow(row) ? publishedResultsVersion(rowToAssessment(row), await versionsOf(id)) : null
  }

  const write = async <T>(
    scope: () => Promise<Result<T, AssessmentWriteFailure>>,
  ): Promise<Result<T, AssessmentWriteFailure>> =>
    writeWithReopen(database, async () => {
      try {
        return await database.transaction('rw', tables, async () => {
          const outcome = await scope()
          const fault = outcome.ok ? (options.injectFault?.() ?? null) : null
          if (fault !== null) raiseFault(fault)
          return outcome
        })
      } catch (error) {
        return err(classifyStorageError(error))
      }
    })

  /** Reads, checks, changes and logs one assessment: the pattern of every update below. */
  const update = (
    id: string,
    change: (
      assessment: Assessment,
    ) => Result<
      { readonly next: Omit<Assessment, 'rev' | 'updatedAt'>; readonly event: AssessmentAuditEvent },
      AssessmentWriteFailure
    >,
    after?: (assessment: Assessment, at: string) => Promise<void>,
  ) =>
    write(async () => {
      const row = await database.assessments.get(id)
      if (!isAssessmentRow(row)) return err({ code: 'not-found' as const })
      const changed = change(rowToAssessment(row))
      if (!changed.ok) return changed
      const at = now()
      const next: Assessment = { ...changed.value.next, rev: row.rev + 1, updatedAt: at }
      await database.assessments.put(assessmentToRow(next, row.framework))
      await writeAssessmentAudit(database, id, at, changed.value.event)
      await after?.(next, at)
      return ok(next)
    })

  const whileOpen = (assessment: Assessment) =>
    assessment.status === 'published' ? err({ code: 'assessment-published' as const }) : null

  return {
    create: (framework, year, units) =>
      write(async () => {
        if (units.length === 0) return err({ code: 'no-units' })
        const existing = await findRow(database, framework.id, year)
        if (existing !== null) return err({ code: 'assessment-exists', id: existing.id })
        const at = now()
        const assessment: Assessment = {
          id: `${framework.id}|${year}|${Date.parse(at).toString(36)}`,
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          year,
          units: [...units],
          status: 'open',
          approvals: [],
          createdAt: at,
          updatedAt: at,
          publishedAt: null,
          rev: 1,
        }
        await database.assessments.put(assessmentToRow(assessment, JSON.parse(JSON.stringify(framework))))
        await writeAssessmentAudit(database, assessment.id, at, {
          action: 'assessment.created',
          detail: {
            frameworkId: framework.id,
            frameworkVersion: framework.version,
            year,
            unitCount: units.length,
          },
        })
        return ok(assessment)
      }),

    list: async () => {
      const rows = await database.assessments.toArray()
      return rows
        .filter(isAssessmentRow)
        .map(rowToAssessment)
        .sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))
    },

    get: async (id) => {
      const row = await database.assessments.get(id)
      if (!isAssessmentRow(row)) return err({ code: 'not-found' })
      const framework = loadFramework(row.framework)
      return framework.ok
        ? ok({ assessment: rowToAssessment(row), framework: framework.value })
        : err({ code: 'framework-invalid' })
    },

    findForYear: async (frameworkId, year) => {
      const row = await findRow(database, frameworkId, year)
      return row === null ? null : rowToAssessment(row)
    },

    setUnits: (id, units) =>
      update(id, (assessment) => {
        const refused = whileOpen(assessment)
        if (refused) return refused
        if (units.length === 0) return err({ code: 'no-units' })
        const codes = new Set(units.map((unit) => unit.code))
        const before = new Map(assessment.units.map((unit) => [unit.code, unit]))
        const event: AssessmentAuditEvent = {
          action: 'assessment.units-changed',
          detail: {
            added: units.filter((unit) => !before.has(unit.code)),
            removed: assessment.units.filter((unit) => !codes.has(unit.code)).map((unit) => unit.code),
            renamed: units
              .filter((unit) => {
                const old = before.get(unit.code)
                return old !== undefined && (old.name !== unit.name || old.group !== unit.group)
              })
              .map((unit) => unit.code),
          },
        }
        return ok({
          next: {
            ...assessment,
            units: [...units],
            approvals: assessment.approvals.filter((approval) => codes.has(approval.unit)),
          },
          event,
        })
      }),

    approve: (id, unit) =>
      update(id, (assessment) => {
        const refused = whileOpen(assessment)
        if (refused) return refused
        if (!assessment.units.some((item) => item.code === unit)) return err({ code: 'unknown-unit', unit })
        const approvals = [
          ...assessment.approvals.filter((approval) => approval.unit !== unit),
          { unit, at: now() },
        ]
        return ok({
          next: { ...assessment, approvals },
          event: { action: 'unit.approved', detail: { unit } },
        })
      }),

    withdrawApproval: (id, unit) =>
      update(id, (assessment) => {
        const refused = whileOpen(assessment)
        if (refused) return refused
        if (!assessment.approvals.some((approval) => approval.unit === unit))
          return err({ code: 'unknown-unit', unit })
        const approvals = assessment.approvals.filter((approval) => approval.unit !== unit)
        return ok({
          next: { ...assessment, approvals },
          event: { action: 'unit.approval-withdrawn', detail: { unit } },
        })
      }),

    publish: (id, result, finalAnswers) =>
      write(async () => {
        const row = await database.assessments.get(id)
        if (!isAssessmentRow(row)) return err({ code: 'not-found' as const })
        const assessment = rowToAssessment(row)
        const refused = whileOpen(assessment)
        if (refused) return refused
        if ((await councilsTable(database).get(id))?.memberOf !== undefined)
          return err({ code: 'council-member-cannot-publish' as const })
        if (
          finalAnswers.length !== result.units.length ||
          finalAnswers.some((entry, index) => entry.code !== result.units[index]?.code)
        )
          return err({ code: 'results-mismatch' as const })
        const at = now()
        const appraisals = (await appraisalsTable(database).where('assessmentId').equals(id).toArray()).map(
          toAppraisal,
        )
        const version = nextResultsVersionNumber(await versionsOf(id))
        const content = {
          assessmentId: id,
          version,
          publishedAt: at,
          engineVersion: result.engineVersion,
          framework: row.framework,
          finalAnswers: finalAnswers.map((entry): UnitFinalAnswers => ({
            unit: entry.code,
            answers: entry.answers,
          })),
          appraisals: latestAppraisals(appraisals),
          result,
        }
        const frozen = freezeResultsVersion(content, { origin: 'published', auditSeq: null })
        const next: Assessment = {
          ...assessment,
          status: 'published',
          publishedAt: at,
          rev: row.rev + 1,
          updatedAt: at,
        }
        await database.assessments.put(assessmentToRow(next, row.framework))
        const auditSeq = await writeAssessmentAudit(database, id, at, {
          action: 'assessment.published',
          detail: {
            unitCount: result.units.length,
            engineVersion: result.engineVersion,
            version,
            digest: frozen.digest,
          },
        })
        await resultVersionsTable(database).add({ ...frozen, auditSeq })
        return ok(next)
      }),

    unlock: (id, reason) =>
      update(
        id,
        (assessment) => {
          if (assessment.status !== 'published') return err({ code: 'assessment-not-published' })
          if (reason.trim().length < 3) return err({ code: 'reason-required' })
          return ok({
            next: { ...assessment, status: 'open', publishedAt: null },
            event: { action: 'assessment.unlocked', detail: { reason: reason.trim() } },
          })
        },
        // No `after`: the published versions stay; publishing again makes the next one.
      ),

    setReportSignature: (id, signature) =>
      update(id, (assessment) => {
        const { reportSignature: _previous, ...rest } = assessment
        return ok({
          next: signature === null ? rest : { ...rest, reportSignature: signature },
          event: {
            action: 'assessment.report-signature-changed',
            detail: signature ?? { place: '', preparer: '', head: '' },
          },
        })
      }),

    officialResult: async (id) => (await publishedRow(id))?.result ?? null,

    versions: versionsOf,

    publishedVersion: async (id) => {
      const version = await publishedRow(id)
      return version === null ? null : summariseResultsVersion(version)
    },
  }
}

function toAppraisal({ assessmentId: _assessment, seq: _seq, ...appraisal }: AppraisalRow) {
  return appraisal
}

async function findRow(database: WorkbenchDatabase, frameworkId: string, year: number) {
  const rows = await database.assessments.where('[frameworkId+year]').equals([frameworkId, year]).toArray()
  return rows.filter(isAssessmentRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] ?? null
}

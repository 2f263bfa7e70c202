import type { Table } from 'dexie'
import type { Appraisal } from '@core/assessment/appraisal'
import type { Assessment, DeclaredSubmission } from '@core/assessment/assessment'
import { canonicalJson } from '@core/canonicalJson'
import {
  checkCouncilMember,
  hasAssignment,
  type Council,
  type CouncilMember,
  type CouncilMemberProblem,
} from '@core/assessment/council'
import { councilScope } from '@core/assessment/councilScope'
import { workPackageOpening, type WorkPackageOpenProblem } from '@core/assessment/workPackageOpening'
import { mergeAppraisalPackage, type CouncilMergeProblem } from '@core/assessment/mergeAppraisalPackage'
import { readAppraisalPackage } from '@core/formats/appraisal-package/readAppraisalPackage'
import { writeAppraisalPackage } from '@core/formats/appraisal-package/writeAppraisalPackage'
import type { CouncilFileIssue } from '@core/formats/council-package/councilFileIssue'
import type { WorkPackageEvidence } from '@core/formats/council-package/councilWorkPackage'
import { readCouncilPackage } from '@core/formats/council-package/readCouncilPackage'
import { writeCouncilPackage } from '@core/formats/council-package/writeCouncilPackage'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { EvidenceReference } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import {
  appraisalsTable,
  assessmentToRow,
  isAssessmentRow,
  rowToAssessment,
  writeAssessmentAudit,
} from './assessmentRows'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import {
  councilEvidenceOwner,
  councilPackagesTable,
  councilsTable,
  type CouncilPackageRow,
  type CouncilRow,
} from './councilRows'
import { readDeclaredEvidence } from './readDeclaredEvidence'
import { receivedEvidenceId } from './receivedSubmissionRepository'
import { classifyStorageError, type StorageFailure } from './storageError'

/** Why a council write was refused; nothing is written in any of these cases. */
export type CouncilWriteFailure =
  | StorageFailure
  | CouncilMemberProblem
  | CouncilMergeProblem
  | CouncilFileIssue
  | { readonly code: 'not-found' }
  | { readonly code: 'assessment-published' }
  | { readonly code: 'council-member-no-assignment'; readonly name: string }
  | { readonly code: 'council-member-has-appraisals'; readonly name: string }
  | WorkPackageOpenProblem

/** Several problems of one file (a package read or merged), or one write failure. */
export type CouncilFailure = readonly CouncilWriteFailure[]

/** A package written: its bytes, a file name to suggest and its content hash. */
export type WrittenCouncilFile = {
  readonly bytes: Uint8Array
  readonly fileName: string
  readonly contentHash: string
}

/** A member's work package built: the file, and the member's name for the log. */
export type BuiltWorkPackage = WrittenCouncilFile & { readonly member: string }

/** The outcome of importing an appraisal package. */
export type CouncilImport =
  | { readonly status: 'already-imported' }
  | { readonly status: 'merged'; readonly member: string; readonly added: number }

/** What a work package is written from: the lead's open assessment. */
export type LeadWorkspace = {
  readonly assessment: Assessment
  readonly framework: ValidFramework
  readonly declared: readonly DeclaredSubmission[]
  readonly appraisals: readonly Appraisal[]
}

export type CouncilRepository = {
  get(assessmentId: string): Promise<CouncilRow | null>
  /** The appraisal packages the lead imported, oldest first. */
  packages(assessmentId: string): Promise<readonly CouncilPackageRow[]>
  /** Adds a member or replaces one (same id) with their assignment; checked by `checkCouncilMember`. */
  saveMember(assessmentId: string, member: CouncilMember): Promise<Result<Council, CouncilFailure>>
  /** Removes a member none of whose appraisals were imported yet. */
  removeMember(assessmentId: string, memberId: string): Promise<Result<Council, CouncilFailure>>
  /**
   * The member's work package from the lead's workspace (declared answers, evidence, appraisals
   * in scope), not logged: the caller logs the packages it saved (`logWorkPackages`), so a
   * cancelled or declined save leaves no trace.
   */
  buildWorkPackage(
    workspace: LeadWorkspace,
    memberId: string,
    appVersion: string,
  ): Promise<Result<BuiltWorkPackage, CouncilFailure>>
  /** Logs work packages saved (one entry each, with the operator), in one transaction. */
  logWorkPackages(
    assessmentId: string,
    written: readonly Pick<BuiltWorkPackage, 'member' | 'contentHash'>[],
  ): Promise<Result<null, CouncilFailure>>
  /** `buildWorkPackage` then `logWorkPackages` for that one package. */
  writeWorkPackage(
    workspace: LeadWorkspace,
    memberId: string,
    appVersion: string,
  ): Promise<Result<BuiltWorkPackage, CouncilFailure>>
  /** Reads a member's appraisal package and merges it into the lead's appraisals, in one transaction with its log entry. */
  importAppraisalPackage(
    assessmentId: string,
    bytes: Uint8Array,
  ): Promise<Result<CouncilImport, CouncilFailure>>
  /**
   * Member's side: opens a work package as a scoped assessment of its own and gives it; the same
   * package again gives the one already open and changes nothing; refused (nothing changed) when
   * this machine holds another assessment of its framework and year (`workPackageOpening`).
   */
  openWorkPackage(bytes: Uint8Array): Promise<Result<Assessment, CouncilFailure>>
  /** Member's side: the member's own appraisals of the scoped assessment as an appraisal package; logged. */
  writeAppraisalPackage(
    assessmentId: string,
    appVersion: string,
  ): Promise<Result<WrittenCouncilFile, CouncilFailure>>
}

/**
 * The appraisal council (hội đồng thẩm định, decision 0025) in storage: the lead's members and
 * their assignments, work packages written from the workspace, members' appraisal packages merged
 * (each appraisal keeping its member; a package imported before is a no-op), and on a member's
 * machine the scoped assessment opened from a work package and the appraisal package exported
 * from it. Every step is logged with the operator (`council.changed`), in the transaction that
 * writes it.
 *
 * @example
 *   const council = createCouncilRepository(database)
 *   await council.saveMember(assessment.id, { id: 'm-1', name: 'Nguyễn Văn An', units: ['SNV'], groups: [] })
 */
export function createCouncilRepository(
  database: WorkbenchDatabase,
  options: { readonly now?: () => Date } = {},
): CouncilRepository {
  const councils = councilsTable(database)
  const packages = councilPackagesTable(database)
  const appraisals = appraisalsTable(database)
  const now = () => (options.now?.() ?? new Date()).toISOString()
  const tables: Table[] = [
    database.assessments,
    database.auditLog,
    councils,
    packages,
    appraisals,
    database.evidence,
  ]
  const write = <T>(body: () => Promise<Result<T, CouncilFailure>>) =>
    writeWithReopen(database, async (): Promise<Result<T, CouncilFailure>> => {
      try {
        return await database.transaction('rw', tables, body)
      } catch (error) {
        return err([classifyStorageError(error)])
      }
    })
  const openAssessment = async (assessmentId: string) => {
    const row = await database.assessments.get(assessmentId)
    if (!isAssessmentRow(row)) return err([{ code: 'not-found' as const }])
    const framework = loadFramework(row.framework)
    if (!framework.ok) return err([{ code: 'not-found' as const }])
    return ok({ assessment: rowToAssessment(row), framework: framework.value })
  }
  const councilOf = async (assessmentId: string): Promise<Council> =>
    (await councils.get(assessmentId)) ?? { assessmentId, members: [], updatedAt: '' }

  const repository: CouncilRepository = {
    get: async (assessmentId) => (await councils.get(assessmentId)) ?? null,
    packages: async (assessmentId) =>
      (await packages.where('assessmentId').equals(assessmentId).toArray()).sort((a, b) =>
        a.importedAt.localeCompare(b.importedAt),
      ),

    saveMember: (assessmentId, entered) =>
      write(async (): Promise<Result<Council, CouncilFailure>> => {
        const opened = await openAssessment(assessmentId)
        if (!opened.ok) return opened
        const { assessment, framework } = opened.value
        if (assessment.status === 'published') return err([{ code: 'assessment-published' }])
        const council = await councilOf(assessmentId)
        const member: CouncilMember = {
          id: entered.id,
          name: entered.name.trim(),
          ...(entered.position === undefined || entered.position.trim() === ''
            ? {}
            : { position: entered.position.trim() }),
          units: [...new Set(entered.units)],
          groups: [...new Set(entered.groups)],
        }
        const problems = checkCouncilMember(
          member,
          council.members,
          assessment.units.map((unit) => unit.code),
          framework,
        )
        if (problems.length > 0) return err(problems)
        const at = now()
        const exists = council.members.some((other) => other.id === member.id)
        const next: Council = {
          ...council,
          members: exists
            ? council.members.map((other) => (other.id === member.id ? member : other))
            : [...council.members, member],
          updatedAt: at,
        }
        await councils.put(next)
        await writeAssessmentAudit(database, assessmentId, at, {
          action: 'council.changed',
          detail: { event: 'member-saved', member: member.name },
        })
        return ok(next)
      }),

    removeMember: (assessmentId, memberId) =>
      write(async (): Promise<Result<Council, CouncilFailure>> => {
        const council = await councils.get(assessmentId)
        const member = council?.members.find((other) => other.id === memberId)
        if (council === undefined || member === undefined) return err([{ code: 'not-found' }])
        const theirs = await appraisals
          .where('assessmentId')
          .equals(assessmentId)
          .filter((row) => row.member?.id === memberId)
          .count()
        if (theirs > 0) return err([{ code: 'council-member-has-appraisals', name: member.name }])
        const at = now()
        const next: Council = {
          ...council,
          members: council.members.filter((other) => other.id !== memberId),
          updatedAt: at,
        }
        await councils.put(next)
        await writeAssessmentAudit(database, assessmentId, at, {
          action: 'council.changed',
          detail: { event: 'member-removed', member: member.name },
        })
        return ok(next)
      }),

    buildWorkPackage: async (workspace, memberId, appVersion) => {
      const { assessment, framework } = workspace
      const council = await councils.get(assessment.id)
      const member = council?.members.find((other) => other.id === memberId)
      if (member === undefined) return err([{ code: 'not-found' }])
      if (!hasAssignment(member)) return err([{ code: 'council-member-no-assignment', name: member.name }])
      const scope = councilScope(member, framework)
      const units = assessment.units.filter((unit) => scope.hasUnit(unit.code))
      const declaredByUnit = new Map(workspace.declared.map((declared) => [declared.unit, declared]))
      const evidence: WorkPackageEvidence[] = []
      for (const unit of units) {
        const declared = declaredByUnit.get(unit.code)
        if (declared === undefined) continue
        for (const question of framework.questions) {
          if (question.type !== 'evidence' || !scope.questions.has(question.code)) continue
          const references = declared.answers[question.code]
          if (!Array.isArray(references)) continue
          for (const reference of references as readonly EvidenceReference[]) {
            const stored = await readDeclaredEvidence(database, declared, reference)
            if (stored !== null)
              evidence.push({
                unit: unit.code,
                question: question.code,
                fileName: reference.fileName,
                bytes: stored.bytes,
              })
          }
        }
      }
      const written = writeCouncilPackage({
        assessmentId: assessment.id,
        year: assessment.year,
        framework,
        member,
        units: units.map((unit) => ({
          code: unit.code,
          name: unit.name,
          group: unit.group,
          answers: declaredByUnit.get(unit.code)?.answers ?? {},
        })),
        evidence,
        appraisals: workspace.appraisals,
        createdAt: now(),
        appVersion,
      })
      if (!written.ok) return written
      return ok({
        bytes: written.value.bytes,
        contentHash: written.value.contentHash,
        member: member.name,
        fileName: `goi-cong-viec-${assessment.year}-${fileSlug(member.name)}-${member.id}.zip`,
      })
    },

    logWorkPackages: (assessmentId, written) =>
      write(async (): Promise<Result<null, CouncilFailure>> => {
        const at = now()
        for (const file of written)
          await writeAssessmentAudit(database, assessmentId, at, {
            action: 'council.changed',
            detail: { event: 'work-package-written', member: file.member, hash: file.contentHash },
          })
        return ok(null)
      }),

    writeWorkPackage: async (workspace, memberId, appVersion) => {
      const built = await repository.buildWorkPackage(workspace, memberId, appVersion)
      if (!built.ok) return built
      const logged = await repository.logWorkPackages(workspace.assessment.id, [built.value])
      return logged.ok ? built : logged
    },

    importAppraisalPackage: (assessmentId, bytes) =>
      write(async (): Promise<Result<CouncilImport, CouncilFailure>> => {
        const opened = await openAssessment(assessmentId)
        if (!opened.ok) return opened
        const { assessment, framework } = opened.value
        if (assessment.status === 'published') return err([{ code: 'assessment-published' }])
        const read = readAppraisalPackage(bytes, framework)
        if (!read.ok) return read
        const council = await councilOf(assessmentId)
        const existing = await appraisals.where('assessmentId').equals(assessmentId).toArray()
        const imported = await packages.where('assessmentId').equals(assessmentId).primaryKeys()
        const merged = mergeAppraisalPackage(
          {
            assessmentId,
            unitCodes: assessment.units.map((unit) => unit.code),
            council,
            framework,
            existing,
            importedHashes: new Set(imported),
          },
          {
            assessmentId: read.value.assessmentId,
            memberId: read.value.member.id,
            hash: read.value.contentHash,
            appraisals: read.value.appraisals,
          },
        )
        if (!merged.ok) return merged
        if (merged.value.status === 'already-imported') return ok({ status: 'already-imported' })
        const at = now()
        for (const appraisal of merged.value.added) await appraisals.add({ ...appraisal, assessmentId })
        await packages.put({
          hash: read.value.contentHash,
          assessmentId,
          member: merged.value.member.id,
          importedAt: at,
          appraisals: merged.value.added.length,
        })
        await writeAssessmentAudit(database, assessmentId, at, {
          action: 'council.changed',
          detail: {
            event: 'package-imported',
            member: merged.value.member.name,
            count: merged.value.added.length,
            hash: read.value.contentHash,
          },
        })
        return ok({ status: 'merged', member: merged.value.member.name, added: merged.value.added.length })
      }),

    openWorkPackage: (bytes) =>
      write(async (): Promise<Result<Assessment, CouncilFailure>> => {
        const read = readCouncilPackage(bytes)
        if (!read.ok) return read
        const pkg = read.value
        const framework = loadFramework(pkg.framework)
        if (!framework.ok) return err([{ code: 'council-file-framework-invalid', detail: '' }])
        const id = `${pkg.assessmentId}|member|${pkg.member.id}`
        const same = (
          await database.assessments
            .where('[frameworkId+year]')
            .equals([pkg.framework.id, pkg.year])
            .toArray()
        ).filter(isAssessmentRow)
        const candidates = await Promise.all(
          same.map(async (row) => ({
            id: row.id,
            workPackageHash: (await councils.get(row.id))?.memberOf?.workPackageHash,
          })),
        )
        const opening = workPackageOpening(
          { shareId: id, contentHash: pkg.contentHash, year: pkg.year },
          candidates,
        )
        if (opening.kind === 'refused') return err([opening.problem])
        if (opening.kind === 'already-open') {
          const row = same.find((candidate) => candidate.id === opening.assessmentId)
          if (row !== undefined) return ok(rowToAssessment(row))
        }
        const at = now()
        const assessment: Assessment = {
          id,
          frameworkId: pkg.framework.id,
          frameworkVersion: pkg.framework.version,
          year: pkg.year,
          units: pkg.units.map(({ code, name, group }) => ({ code, name, group })),
          status: 'open',
          approvals: [],
          createdAt: at,
          updatedAt: at,
          publishedAt: null,
          rev: 1,
        }
        await database.assessments.put(
          assessmentToRow(assessment, JSON.parse(JSON.stringify(framework.value))),
        )
        await councils.put({
          assessmentId: id,
          members: [],
          updatedAt: at,
          memberOf: {
            leadAssessmentId: pkg.assessmentId,
            member: pkg.member,
            workPackageHash: pkg.contentHash,
            openedAt: at,
            units: pkg.units,
            earlier: pkg.appraisals.map(appraisalIdentity),
          },
        })
        for (const appraisal of pkg.appraisals) await appraisals.add({ ...appraisal, assessmentId: id })
        const byQuestion = new Map<string, WorkPackageEvidence[]>()
        for (const file of pkg.evidence) {
          const key = `${file.unit}/${file.question}`
          byQuestion.set(key, [...(byQuestion.get(key) ?? []), file])
        }
        for (const unit of pkg.units)
          for (const [question, answer] of Object.entries(unit.answers)) {
            const files = byQuestion.get(`${unit.code}/${question}`) ?? []
            if (!Array.isArray(answer) || files.length === 0) continue
            const references = answer as readonly EvidenceReference[]
            for (const [index, reference] of references.entries()) {
              const file = files[index]
              if (file === undefined || typeof reference !== 'object' || reference === null) continue
              await database.evidence.put({
                id: receivedEvidenceId(councilEvidenceOwner(id, unit.code), reference.id),
                submissionId: councilEvidenceOwner(id, unit.code),
                questionCode: question,
                fileName: file.fileName,
                bytes: file.bytes,
              })
            }
          }
        await writeAssessmentAudit(database, id, at, {
          action: 'council.changed',
          detail: { event: 'work-package-opened', member: pkg.member.name, hash: pkg.contentHash },
        })
        return ok(assessment)
      }),

    writeAppraisalPackage: async (assessmentId, appVersion) => {
      const opened = await openAssessment(assessmentId)
      if (!opened.ok) return opened
      const row = await councils.get(assessmentId)
      const membership = row?.memberOf
      if (membership === undefined) return err([{ code: 'not-found' }])
      const { assessment, framework } = opened.value
      const earlier = new Set(membership.earlier)
      const own = (await appraisals.where('assessmentId').equals(assessmentId).sortBy('seq'))
        .filter((appraisal) => appraisal.member === undefined && !earlier.has(appraisalIdentity(appraisal)))
        .map(({ unit, kind, question, value, reason, at }): Omit<Appraisal, 'member'> =>
          kind === 'points'
            ? { unit, kind, question, value, reason, at }
            : { unit, question, value, reason, at },
        )
      const scope = councilScope(membership.member, framework)
      const outside = own.filter(
        (appraisal) =>
          !scope.hasUnit(appraisal.unit) || !scope.hasItem(appraisal.kind ?? 'answer', appraisal.question),
      )
      if (outside.length > 0)
        return err(
          outside.map((appraisal): CouncilWriteFailure => ({
            code: 'council-file-item-out-of-scope',
            unit: appraisal.unit,
            question: appraisal.question,
          })),
        )
      const written = writeAppraisalPackage({
        assessmentId: membership.leadAssessmentId,
        frameworkId: assessment.frameworkId,
        frameworkVersion: assessment.frameworkVersion,
        year: assessment.year,
        member: membership.member,
        workPackageHash: membership.workPackageHash,
        appraisals: own,
        exportedAt: now(),
        appVersion,
      })
      if (!written.ok) return written
      const logged = await write(async () => {
        await writeAssessmentAudit(database, assessmentId, now(), {
          action: 'council.changed',
          detail: {
            event: 'appraisal-package-written',
            member: membership.member.name,
            count: own.length,
            hash: written.value.contentHash,
          },
        })
        return ok(null)
      })
      if (!logged.ok) return logged
      return ok({
        bytes: written.value.bytes,
        contentHash: written.value.contentHash,
        fileName: `ket-qua-tham-dinh-${assessment.year}-${fileSlug(membership.member.name)}-${membership.member.id}.zip`,
      })
    },
  }
  return repository
}

function appraisalIdentity(appraisal: Appraisal): string {
  return canonicalJson([
    appraisal.member?.id ?? null,
    appraisal.unit,
    appraisal.kind ?? 'answer',
    appraisal.question,
    appraisal.at,
    appraisal.value,
    appraisal.reason,
  ])
}

/** A name made safe for a file name: Vietnamese letters without marks, `đ` as `d`, others as `-`. */
function fileSlug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'thanh-vien'
  )
}

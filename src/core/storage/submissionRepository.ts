import { Dexie } from 'dexie'
import { err, ok, type Result } from '@core/result'
import {
  isEmptyPatch,
  submissionId,
  type Submission,
  type SubmissionKey,
  type SubmissionPatch,
} from '@core/responses/submission'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, raiseFault, type FaultInjector, type StorageFailure } from './storageError'
import type { StoredAuditEntry } from './storedTypes'
import {
  isSubmissionRow,
  latestAuditEntry,
  patchedSubmission,
  rowToSubmission,
  submissionToRow,
  writeAudit,
  type SubmissionAuditAction,
  type SubmissionAuditDetail,
} from './submissionRows'

/** Why a submission write did not happen. Storage failures leave the stored submission as it was. */
export type SubmissionWriteFailure =
  | StorageFailure
  | { readonly code: 'not-found' }
  /** The revision was submitted: it is final; start a new revision to change it. */
  | { readonly code: 'read-only' }
  /** A later revision exists already; changes go there. */
  | { readonly code: 'not-latest' }

/** A confirmed save: the submission as stored, and whether another window had saved in between. */
export type SaveOutcome = {
  readonly submission: Submission
  /** The stored rev was not the one this window last saw: the patch was merged field by field. */
  readonly concurrent: boolean
}

/** One line of a submission's history (audit log). */
export type SubmissionHistoryEntry = {
  readonly seq: number
  readonly at: string
  readonly submissionId: string
  readonly action: SubmissionAuditAction
  readonly detail: SubmissionAuditDetail
}

export type SubmissionRepositoryOptions = {
  /** The clock (tests pass a fixed one). */
  readonly now?: () => Date
  /** Fails the next writes on purpose (tests, and the e2e "failed save" scenario). */
  readonly injectFault?: FaultInjector
}

export type SubmissionRepository = {
  /** Every revision written in unit mode for a unit, newest year first, then newest revision first. */
  listForUnit(unitCode: string): Promise<readonly Submission[]>
  get(id: string): Promise<Submission | null>
  /** The revisions of one unit × framework version × year, oldest first. */
  revisions(key: SubmissionKey): Promise<readonly Submission[]>
  /** Opens the latest revision for `key`, creating revision 1 as a draft when there is none. */
  start(key: SubmissionKey): Promise<Result<Submission, StorageFailure>>
  /**
   * Saves a patch to a draft in one strict-durability transaction together with its audit entry.
   * Resolves only after the transaction committed; on failure nothing of the patch is stored.
   */
  save(
    id: string,
    expectedRev: number,
    patch: SubmissionPatch,
  ): Promise<Result<SaveOutcome, SubmissionWriteFailure>>
  /** Marks a draft as submitted (final). */
  submit(id: string): Promise<Result<Submission, SubmissionWriteFailure>>
  /** Starts the next revision, a draft copied from the latest submitted one. */
  startRevision(id: string): Promise<Result<Submission, SubmissionWriteFailure>>
  /** The history of every revision of `key`, newest first; the newest `limit` entries when given. */
  history(key: SubmissionKey, limit?: number): Promise<readonly SubmissionHistoryEntry[]>
}

const AUDIT_ACTIONS: readonly string[] = [
  'submission.created',
  'submission.saved',
  'submission.submitted',
  'submission.revision-started',
  'evidence.added',
  'evidence.removed',
  'round.feedback-opened',
  'round.response-exported',
] satisfies readonly SubmissionAuditAction[]

/**
 * Unit-mode submissions (phiếu khai) and their audit log.
 *
 * Every write is one `rw` transaction over `submissions` and `auditLog` with strict durability
 * (set on the database), and a write is reported done only when the transaction promise resolved:
 * a quota abort rejects the transaction even after the `put` itself reported success
 * (reliability §3.3), so no operation promise is trusted on its own.
 *
 * @example
 *   const submissions = createSubmissionRepository(database)
 *   const started = await submissions.start({ unitCode: 'SNV', frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', year: 2025 })
 *   if (started.ok) await submissions.save(started.value.id, started.value.rev, { answers: { MayTinh: 120 } })
 */
export function createSubmissionRepository(
  database: WorkbenchDatabase,
  options: SubmissionRepositoryOptions = {},
): SubmissionRepository {
  const now = () => (options.now?.() ?? new Date()).toISOString()
  const faultCheck = () => {
    const fault = options.injectFault?.() ?? null
    if (fault !== null) raiseFault(fault)
  }

  const revisionsOf = async (key: SubmissionKey): Promise<Submission[]> => {
    const rows = await database.submissions
      .where('[unitCode+year]')
      .equals([key.unitCode, key.year])
      .toArray()
    return rows
      .filter(isSubmissionRow)
      .filter((row) => row.frameworkId === key.frameworkId && row.frameworkVersion === key.frameworkVersion)
      .map(rowToSubmission)
      .sort((a, b) => a.revision - b.revision)
  }

  const write = async <T>(
    scope: () => Promise<Result<T, SubmissionWriteFailure>>,
  ): Promise<Result<T, SubmissionWriteFailure>> =>
    writeWithReopen(database, async () => {
      try {
        return await database.transaction('rw', [database.submissions, database.auditLog], async () => {
          const outcome = await scope()
          if (outcome.ok) faultCheck()
          return outcome
        })
      } catch (error) {
        return err(classifyStorageError(error))
      }
    })

  const readDraft = async (id: string): Promise<Result<Submission, SubmissionWriteFailure>> => {
    const row = await database.submissions.get(id)
    if (!isSubmissionRow(row)) return err({ code: 'not-found' })
    const submission = rowToSubmission(row)
    if (submission.status !== 'draft') return err({ code: 'read-only' })
    return ok(submission)
  }

  return {
    listForUnit: async (unitCode) => {
      const rows = await database.submissions
        .where('[unitCode+year]')
        .between([unitCode, Dexie.minKey], [unitCode, Dexie.maxKey])
        .toArray()
      return rows
        .filter(isSubmissionRow)
        .map(rowToSubmission)
        .sort(
          (a, b) => b.year - a.year || a.frameworkId.localeCompare(b.frameworkId) || b.revision - a.revision,
        )
    },

    get: async (id) => {
      const row = await database.submissions.get(id)
      return isSubmissionRow(row) ? rowToSubmission(row) : null
    },

    revisions: (key) => revisionsOf(key),

    start: async (key) => {
      const outcome = await write(async () => {
        const existing = await revisionsOf(key)
        const latest = existing.at(-1)
        if (latest !== undefined) return ok(latest)
        const at = now()
        const submission: Submission = {
          ...key,
          id: submissionId(key, 1),
          revision: 1,
          status: 'draft',
          rev: 1,
          answers: {},
          comments: {},
          entries: {},
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
          lastQuestion: null,
        }
        await database.submissions.put(submissionToRow(submission))
        await writeAudit(database, {
          at,
          entityId: submission.id,
          action: 'submission.created',
          detail: { revision: 1, rev: 1, changes: [] },
        })
        return ok(submission)
      })
      return outcome.ok ? outcome : err(outcome.error as StorageFailure)
    },

    save: (id, expectedRev, patch) =>
      write(async () => {
        // Reads, then writes, each pair in parallel: every request is a round trip to the
        // IndexedDB backend, and this runs up to once a second while the officer types.
        const [draft, latest] = await Promise.all([readDraft(id), latestAuditEntry(database, id)])
        if (!draft.ok) return draft
        const current = draft.value
        if (isEmptyPatch(patch)) return ok({ submission: current, concurrent: current.rev !== expectedRev })
        const at = now()
        const { next, changes } = patchedSubmission(current, patch, at)
        await Promise.all([
          database.submissions.put(submissionToRow(next)),
          changes.length > 0
            ? writeAudit(
                database,
                {
                  at,
                  entityId: id,
                  action: 'submission.saved',
                  detail: { revision: next.revision, rev: next.rev, changes },
                },
                latest,
              )
            : undefined,
        ])
        return ok({ submission: next, concurrent: current.rev !== expectedRev })
      }),

    submit: (id) =>
      write(async () => {
        const draft = await readDraft(id)
        if (!draft.ok) return draft
        const at = now()
        const submitted: Submission = {
          ...draft.value,
          status: 'submitted',
          rev: draft.value.rev + 1,
          submittedAt: at,
          updatedAt: at,
        }
        await database.submissions.put(submissionToRow(submitted))
        await writeAudit(database, {
          at,
          entityId: id,
          action: 'submission.submitted',
          detail: { revision: submitted.revision, rev: submitted.rev, changes: [] },
        })
        return ok(submitted)
      }),

    startRevision: (id) =>
      write(async () => {
        const row = await database.submissions.get(id)
        if (!isSubmissionRow(row)) return err({ code: 'not-found' })
        const from = rowToSubmission(row)
        const latest = (await revisionsOf(from)).at(-1)
        if (latest === undefined || latest.id !== from.id) return err({ code: 'not-latest' })
        if (from.status !== 'submitted') return err({ code: 'read-only' })
        const at = now()
        const revision = from.revision + 1
        const next: Submission = {
          ...from,
          id: submissionId(from, revision),
          revision,
          status: 'draft',
          rev: 1,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
        }
        await database.submissions.put(submissionToRow(next))
        await writeAudit(database, {
          at,
          entityId: next.id,
          action: 'submission.revision-started',
          detail: { revision, rev: 1, changes: [], from: from.id },
        })
        return ok(next)
      }),

    history: async (key, limit = Number.POSITIVE_INFINITY) => {
      const ids = (await revisionsOf(key)).map((submission) => submission.id)
      // Newest first per revision, at most `limit` each: a week of autosaves is a long log. An
      // entry summed up by a later one (`supersedes`, quick saves folded) is skipped; the later
      // one comes first in this order, so the cursor knows which to skip when it reaches them.
      const perRevision = await Promise.all(
        ids.map((id) => {
          const superseded = new Set<number>()
          const newest = database.auditLog
            .where('entityId')
            .equals(id)
            .reverse()
            .filter((entry) => {
              const folded = (entry.detail as Partial<SubmissionAuditDetail> | null)?.supersedes
              if (typeof folded === 'number') superseded.add(folded)
              return entry.seq === undefined || !superseded.has(entry.seq)
            })
          return Number.isFinite(limit) ? newest.limit(limit).toArray() : newest.toArray()
        }),
      )
      return perRevision
        .flat()
        .filter(
          (entry): entry is StoredAuditEntry & { seq: number } =>
            entry.seq !== undefined && AUDIT_ACTIONS.includes(entry.action),
        )
        .map((entry) => ({
          seq: entry.seq,
          at: entry.at,
          submissionId: entry.entityId,
          action: entry.action as SubmissionAuditAction,
          detail: entry.detail as SubmissionAuditDetail,
        }))
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit)
    },
  }
}

import type { Answers } from '@core/responses/answer'
import {
  applyPatch,
  type Submission,
  type SubmissionPatch,
  type SubmissionStatus,
} from '@core/responses/submission'
import type { FieldChange } from '@core/responses/submissionChanges'
import { patchChanges, sameValue } from '@core/responses/submissionChanges'
import { appendAuditEntry } from './auditLogAppend'
import type { WorkbenchDatabase } from './database'
import type { StoredAuditEntry, StoredSubmission } from './storedTypes'

/**
 * A submission row written by unit mode: the shared `StoredSubmission` columns plus the fields
 * of a revision. `source: 'unit'` tells these rows apart from submissions an evaluator imports.
 */
export type SubmissionRow = StoredSubmission & {
  readonly source: 'unit'
  readonly revision: number
  readonly rev: number
  readonly comments: Readonly<Record<string, string>>
  readonly entries: Readonly<Record<string, string>>
  readonly createdAt: string
  readonly submittedAt: string | null
  readonly lastQuestion: string | null
}

/** The audit actions written by unit mode. */
export type SubmissionAuditAction =
  | 'submission.created'
  | 'submission.saved'
  | 'submission.submitted'
  | 'submission.revision-started'
  | 'evidence.added'
  | 'evidence.removed'
  /** Appraisal round (#16): a feedback package opened for this revision; its response exported. */
  | 'round.feedback-opened'
  | 'round.response-exported'

/** A large value (a long table) the audit log does not copy: how many items and JSON characters it had. */
export type OmittedValue = { readonly omitted: { readonly items: number; readonly characters: number } }

/** A field change as the audit log keeps it. */
export type AuditChange = Omit<FieldChange, 'old' | 'new'> & {
  readonly old: FieldChange['old'] | OmittedValue
  readonly new: FieldChange['new'] | OmittedValue
}

/** `detail` of a unit-mode audit entry. */
export type SubmissionAuditDetail = {
  readonly revision: number
  readonly rev: number
  readonly changes: readonly AuditChange[]
  /** `submission.revision-started`: the submitted revision it was started from. */
  readonly from?: string
  /**
   * `submission.saved` folding quick saves: the `seq` of the earlier entry this one sums up (its
   * `old` values are that entry's). The earlier entry stays in the log; history shows only this one.
   */
  readonly supersedes?: number
  /** `round.*`: the round's number. */
  readonly round?: number
}

/** Values larger than this (as JSON) are summarised in the audit log so it stays small. */
const AUDIT_VALUE_LIMIT = 1000
/** Saves of the same fields within this window are one audit entry (typing is not 20 entries). */
export const AUDIT_COALESCE_MS = 60_000

export function isSubmissionRow(row: StoredSubmission | undefined): row is SubmissionRow {
  return row !== undefined && (row as Partial<SubmissionRow>).source === 'unit'
}

/** A stored row as the domain type, tolerant of fields missing from older rows. */
export function rowToSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    unitCode: row.unitCode,
    frameworkId: row.frameworkId,
    frameworkVersion: row.frameworkVersion,
    year: row.year,
    revision: typeof row.revision === 'number' ? row.revision : 1,
    status: (row.status === 'submitted' ? 'submitted' : 'draft') satisfies SubmissionStatus,
    rev: typeof row.rev === 'number' ? row.rev : 0,
    answers: (row.answers ?? {}) as Answers,
    comments: row.comments ?? {},
    entries: row.entries ?? {},
    createdAt: row.createdAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt ?? null,
    lastQuestion: row.lastQuestion ?? null,
  }
}

export function submissionToRow(submission: Submission): SubmissionRow {
  return {
    id: submission.id,
    source: 'unit',
    unitCode: submission.unitCode,
    frameworkId: submission.frameworkId,
    frameworkVersion: submission.frameworkVersion,
    year: submission.year,
    revision: submission.revision,
    status: submission.status,
    rev: submission.rev,
    answers: submission.answers,
    comments: submission.comments,
    entries: submission.entries,
    createdAt: submission.createdAt,
    updatedAt: submission.updatedAt,
    submittedAt: submission.submittedAt,
    lastQuestion: submission.lastQuestion,
  }
}

/** The submission after `patch`, one rev later; and what changed, for the audit log. */
export function patchedSubmission(
  current: Submission,
  patch: SubmissionPatch,
  at: string,
): { readonly next: Submission; readonly changes: readonly FieldChange[] } {
  const changes = patchChanges(current, patch)
  const content = applyPatch(current, patch)
  const next: Submission = {
    ...current,
    ...content,
    rev: current.rev + 1,
    updatedAt: at,
    lastQuestion: patch.lastQuestion !== undefined ? patch.lastQuestion : current.lastQuestion,
  }
  return { next, changes }
}

/**
 * Appends an audit entry inside the caller's transaction, sealed onto the log's hash chain. The
 * log is append-only: consecutive saves of the same fields within `AUDIT_COALESCE_MS` append an
 * entry that sums them up (the first `old`, the latest `new`, `supersedes` naming the entry it
 * sums up), so the history reads "MayTinh: 12 → 120" rather than one line per keystroke while
 * every save stays in the log.
 */
export async function writeAudit(
  database: WorkbenchDatabase,
  entry: {
    readonly at: string
    readonly entityId: string
    readonly action: SubmissionAuditAction
    readonly detail: SubmissionAuditDetail
  },
  /** The entity's latest entry, when the caller read it already (in parallel with its own reads). */
  latest?: StoredAuditEntry | undefined,
): Promise<void> {
  const changes = entry.detail.changes.map(compactChange)
  if (entry.action === 'submission.saved') {
    const last = latest ?? (await latestAuditEntry(database, entry.entityId))
    const lastDetail = last?.detail as SubmissionAuditDetail | undefined
    if (
      last?.seq !== undefined &&
      last.action === 'submission.saved' &&
      lastDetail !== undefined &&
      Date.parse(entry.at) - Date.parse(last.at) < AUDIT_COALESCE_MS &&
      sameFields(lastDetail.changes, changes)
    ) {
      const merged = changes.map((change) => {
        const previous = lastDetail.changes.find(
          (item) => item.kind === change.kind && item.field === change.field,
        )
        return previous === undefined ? change : { ...change, old: previous.old }
      })
      await appendAuditEntry(database, {
        at: entry.at,
        entityId: entry.entityId,
        action: entry.action,
        detail: { ...entry.detail, changes: merged, supersedes: last.seq } satisfies SubmissionAuditDetail,
      })
      return
    }
  }
  await appendAuditEntry(database, {
    at: entry.at,
    entityId: entry.entityId,
    action: entry.action,
    detail: { ...entry.detail, changes },
  })
}

/** The newest audit entry of an entity (a submission revision), if any. */
export function latestAuditEntry(
  database: WorkbenchDatabase,
  entityId: string,
): Promise<StoredAuditEntry | undefined> {
  return database.auditLog.where('entityId').equals(entityId).last()
}

function sameFields(a: readonly AuditChange[], b: readonly AuditChange[]): boolean {
  const keys = (list: readonly AuditChange[]) => list.map((change) => `${change.kind}:${change.field}`).sort()
  return sameValue(keys(a), keys(b))
}

function compactChange(change: AuditChange): AuditChange {
  return { ...change, old: compactValue(change.old), new: compactValue(change.new) }
}

function compactValue(value: AuditChange['old']): AuditChange['old'] {
  if (value === null || typeof value !== 'object' || 'omitted' in value) return value
  const characters = JSON.stringify(value).length
  return characters <= AUDIT_VALUE_LIMIT
    ? value
    : { omitted: { items: Array.isArray(value) ? value.length : 0, characters } }
}

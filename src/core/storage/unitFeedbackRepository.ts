import type { FeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import type { FeedbackContent } from '@core/formats/feedback/feedbackContent'
import type { RoundManifest } from '@core/formats/feedback/roundManifest'
import type { ResponseDecision } from '@core/formats/response/responseContent'
import { randomUuid } from '@core/randomUuid'
import { err, ok, type Result } from '@core/result'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'
import { isSubmissionRow, writeAudit } from './submissionRows'

/** The officer's answer to one disputed item while drafting: no choice yet, agree, or explain. */
export type ItemDraft = { readonly decision: ResponseDecision | null; readonly explanation: string }

/**
 * A feedback package the officer opened (unit mode), kept with the submission revision it is
 * about, and the draft response: one `ItemDraft` per disputed item, autosaved. `exportedAt` and
 * `responseHash`: the last response package exported.
 */
export type UnitFeedback = {
  readonly id: string
  readonly submissionId: string
  readonly round: number
  readonly openedAt: string
  readonly manifest: RoundManifest
  readonly content: FeedbackContent
  readonly drafts: Readonly<Record<string, ItemDraft>>
  readonly updatedAt: string
  readonly exportedAt: string | null
  readonly responseHash: string | null
}

/** A new evidence file of a response, stored in `responseEvidence`. */
export type ResponseEvidenceRow = {
  readonly id: string
  readonly responseId: string
  readonly question: string
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly addedAt: string
}

export type UnitFeedbackFailure = StorageFailure | { readonly code: 'not-found' }

export type UnitFeedbackRepository = {
  /** The feedback packages opened for a submission revision, by round. */
  list(submissionId: string): Promise<readonly UnitFeedback[]>
  /**
   * Keeps a feedback package the reader accepted (right unit, framework, year, hash: checked by
   * the caller with `readFeedbackPackage`) with the revision, logged in its history
   * (`round.feedback-opened`). Opening the same package again keeps the drafts; another package of
   * the same round (re-issued) replaces the content and keeps the drafts of items still in it.
   */
  open(submissionId: string, opened: FeedbackPackage): Promise<Result<UnitFeedback, UnitFeedbackFailure>>
  /** Autosaves one item's draft. */
  saveDraft(
    id: string,
    question: string,
    draft: ItemDraft,
  ): Promise<Result<UnitFeedback, UnitFeedbackFailure>>
  evidence(id: string): Promise<readonly ResponseEvidenceRow[]>
  addEvidence(
    id: string,
    question: string,
    files: readonly { readonly fileName: string; readonly bytes: Uint8Array }[],
  ): Promise<Result<null, UnitFeedbackFailure>>
  removeEvidence(evidenceId: string): Promise<Result<null, UnitFeedbackFailure>>
  /** Records that the response package was exported (its content hash), logged in the revision's history. */
  markExported(id: string, responseHash: string): Promise<Result<UnitFeedback, UnitFeedbackFailure>>
}

const feedbackTable = (database: WorkbenchDatabase) => database.table<UnitFeedback, string>('unitFeedback')
const evidenceTable = (database: WorkbenchDatabase) =>
  database.table<ResponseEvidenceRow, string>('responseEvidence')

/**
 * Unit mode's side of the appraisal round (schema step 7: `unitFeedback`, `responseEvidence`):
 * each write in one transaction, with the submission's audit entry where the history shows it.
 *
 * @example
 *   const feedback = createUnitFeedbackRepository(database)
 *   await feedback.open(submission.id, readPackage.value)
 */
export function createUnitFeedbackRepository(
  database: WorkbenchDatabase,
  options: { readonly now?: () => Date } = {},
): UnitFeedbackRepository {
  const rows = feedbackTable(database)
  const files = evidenceTable(database)
  const now = () => (options.now?.() ?? new Date()).toISOString()
  const run = <T>(tables: string[], write: () => Promise<Result<T, UnitFeedbackFailure>>) =>
    writeWithReopen(database, async () => {
      try {
        return await database.transaction('rw', tables, write)
      } catch (error) {
        return err(classifyStorageError(error))
      }
    })
  const logOn = async (
    submissionId: string,
    action: 'round.feedback-opened' | 'round.response-exported',
    round: number,
    at: string,
  ) => {
    const submission = await database.submissions.get(submissionId)
    if (!isSubmissionRow(submission)) return
    await writeAudit(database, {
      at,
      entityId: submissionId,
      action,
      detail: { revision: submission.revision, rev: submission.rev, changes: [], round },
    })
  }
  return {
    list: async (submissionId) =>
      (await rows.where('submissionId').equals(submissionId).toArray()).sort((a, b) => a.round - b.round),
    open: (submissionId, opened) =>
      run(['unitFeedback', 'submissions', 'auditLog'], async () => {
        const { manifest, content } = opened
        const id = JSON.stringify([submissionId, manifest.assessmentId, manifest.round])
        const earlier = await rows.get(id)
        if (earlier?.manifest.contentHash === manifest.contentHash) return ok(earlier)
        const at = now()
        const questions = new Set(content.items.map((item) => item.question))
        const drafts = Object.fromEntries(
          Object.entries(earlier?.drafts ?? {}).filter(([question]) => questions.has(question)),
        )
        const row: UnitFeedback = {
          id,
          submissionId,
          round: manifest.round,
          openedAt: at,
          manifest,
          content,
          drafts,
          updatedAt: at,
          exportedAt: null,
          responseHash: null,
        }
        await rows.put(row)
        await logOn(submissionId, 'round.feedback-opened', manifest.round, at)
        return ok(row)
      }),
    saveDraft: (id, question, draft) =>
      run(['unitFeedback'], async () => {
        const row = await rows.get(id)
        if (row === undefined) return err({ code: 'not-found' })
        const next: UnitFeedback = { ...row, drafts: { ...row.drafts, [question]: draft }, updatedAt: now() }
        await rows.put(next)
        return ok(next)
      }),
    evidence: async (id) =>
      (await files.where('responseId').equals(id).toArray()).sort((a, b) =>
        a.addedAt.localeCompare(b.addedAt),
      ),
    addEvidence: (id, question, added) =>
      run(['unitFeedback', 'responseEvidence'], async () => {
        if ((await rows.get(id)) === undefined) return err({ code: 'not-found' })
        const at = now()
        for (const file of added)
          await files.put({
            id: randomUuid(),
            responseId: id,
            question,
            fileName: file.fileName,
            bytes: file.bytes,
            addedAt: at,
          })
        return ok(null)
      }),
    removeEvidence: (evidenceId) =>
      run(['responseEvidence'], async () => {
        await files.delete(evidenceId)
        return ok(null)
      }),
    markExported: (id, responseHash) =>
      run(['unitFeedback', 'submissions', 'auditLog'], async () => {
        const row = await rows.get(id)
        if (row === undefined) return err({ code: 'not-found' })
        const at = now()
        const next: UnitFeedback = { ...row, exportedAt: at, responseHash }
        await rows.put(next)
        await logOn(row.submissionId, 'round.response-exported', row.round, at)
        return ok(next)
      }),
  }
}

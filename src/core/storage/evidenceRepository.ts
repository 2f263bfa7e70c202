import { randomUuid } from '@core/randomUuid'
import { err, ok, type Result } from '@core/result'
import type { EvidenceReference } from '@core/responses/answer'
import { sanitizeText } from '@core/responses/sanitizeText'
import type { Submission } from '@core/responses/submission'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, raiseFault, type FaultInjector } from './storageError'
import type { StoredEvidence } from './storedTypes'
import {
  isSubmissionRow,
  patchedSubmission,
  rowToSubmission,
  submissionToRow,
  writeAudit,
} from './submissionRows'
import type { SubmissionWriteFailure } from './submissionRepository'

/**
 * Bounds on evidence kept in IndexedDB: one file at most 25 MB (the platform's pick limit), one
 * submission at most 200 MB in all. Scans of decisions and screenshots are far smaller; the bound
 * keeps a mistaken video from filling the disk.
 */
export const EVIDENCE_LIMITS = {
  fileBytes: 25 * 1024 * 1024,
  submissionBytes: 200 * 1024 * 1024,
  fileNameLength: 200,
} as const

/** A file to attach, as the platform's file picker returns it. */
export type EvidenceFile = { readonly fileName: string; readonly bytes: Uint8Array }

export type EvidenceFailure =
  | SubmissionWriteFailure
  | { readonly code: 'file-too-large'; readonly fileName: string; readonly maxBytes: number }
  | { readonly code: 'submission-too-large'; readonly maxBytes: number }
  | { readonly code: 'empty-file'; readonly fileName: string }

/** A stored file with its bytes, to save a copy. */
export type EvidenceContent = { readonly id: string; readonly fileName: string; readonly bytes: Uint8Array }

type EvidenceRow = StoredEvidence & { readonly size: number; readonly addedAt: string }

export type EvidenceRepository = {
  /** Attaches files to an evidence question of a draft: the bytes and the answer change in one transaction. */
  add(
    submissionId: string,
    questionCode: string,
    files: readonly EvidenceFile[],
  ): Promise<Result<Submission, EvidenceFailure>>
  /** Detaches a file; its bytes are deleted unless another revision still refers to them. */
  remove(
    submissionId: string,
    questionCode: string,
    evidenceId: string,
  ): Promise<Result<Submission, EvidenceFailure>>
  read(evidenceId: string): Promise<EvidenceContent | null>
}

/**
 * Evidence files (tài liệu kiểm chứng) in the `evidence` table. The answer of an evidence question
 * holds references (`EvidenceReference`); a new revision copies the references, not the bytes, so
 * the row keeps the `submissionId` of the revision that first attached it.
 *
 * @example
 *   const evidence = createEvidenceRepository(database)
 *   await evidence.add(submission.id, 'KiemChung', [{ fileName: 'QD-123.pdf', bytes }])
 */
export function createEvidenceRepository(
  database: WorkbenchDatabase,
  options: {
    readonly now?: () => Date
    readonly injectFault?: FaultInjector
    readonly newId?: () => string
  } = {},
): EvidenceRepository {
  const now = () => (options.now?.() ?? new Date()).toISOString()
  const newId = options.newId ?? (() => randomUuid())

  const transaction = async (
    scope: () => Promise<Result<Submission, EvidenceFailure>>,
  ): Promise<Result<Submission, EvidenceFailure>> =>
    writeWithReopen(database, async () => {
      try {
        return await database.transaction(
          'rw',
          [database.submissions, database.auditLog, database.evidence],
          async () => {
            const outcome = await scope()
            const fault = outcome.ok ? (options.injectFault?.() ?? null) : null
            if (fault !== null) raiseFault(fault)
            return outcome
          },
        )
      } catch (error) {
        return err(classifyStorageError(error))
      }
    })

  const draftOf = async (submissionId: string): Promise<Result<Submission, EvidenceFailure>> => {
    const row = await database.submissions.get(submissionId)
    if (!isSubmissionRow(row)) return err({ code: 'not-found' })
    const submission = rowToSubmission(row)
    return submission.status === 'draft' ? ok(submission) : err({ code: 'read-only' })
  }

  return {
    add: async (submissionId, questionCode, files) => {
      for (const file of files) {
        if (file.bytes.byteLength > EVIDENCE_LIMITS.fileBytes)
          return err({ code: 'file-too-large', fileName: file.fileName, maxBytes: EVIDENCE_LIMITS.fileBytes })
        if (file.bytes.byteLength === 0) return err({ code: 'empty-file', fileName: file.fileName })
      }
      return transaction(async () => {
        const draft = await draftOf(submissionId)
        if (!draft.ok) return draft
        const current = draft.value
        const already = referencesIn(current).reduce((total, reference) => total + reference.size, 0)
        const adding = files.reduce((total, file) => total + file.bytes.byteLength, 0)
        if (already + adding > EVIDENCE_LIMITS.submissionBytes)
          return err({ code: 'submission-too-large', maxBytes: EVIDENCE_LIMITS.submissionBytes })
        const at = now()
        const references: EvidenceReference[] = []
        for (const file of files) {
          const fileName = cleanFileName(file.fileName)
          const row: EvidenceRow = {
            id: newId(),
            submissionId,
            questionCode,
            fileName,
            bytes: file.bytes,
            size: file.bytes.byteLength,
            addedAt: at,
          }
          await database.evidence.put(row)
          references.push({ id: row.id, fileName, size: row.size })
        }
        const existing = evidenceAnswer(current, questionCode)
        const { next, changes } = patchedSubmission(
          current,
          { answers: { [questionCode]: [...existing, ...references] } },
          at,
        )
        await database.submissions.put(submissionToRow(next))
        await writeAudit(database, {
          at,
          entityId: submissionId,
          action: 'evidence.added',
          detail: { revision: next.revision, rev: next.rev, changes },
        })
        return ok(next)
      })
    },

    remove: (submissionId, questionCode, evidenceId) =>
      transaction(async () => {
        const draft = await draftOf(submissionId)
        if (!draft.ok) return draft
        const current = draft.value
        const remaining = evidenceAnswer(current, questionCode).filter(
          (reference) => reference.id !== evidenceId,
        )
        const at = now()
        const { next, changes } = patchedSubmission(
          current,
          { answers: { [questionCode]: remaining.length === 0 ? null : remaining } },
          at,
        )
        await database.submissions.put(submissionToRow(next))
        const stillUsed = (
          await database.submissions
            .where('[unitCode+year]')
            .equals([current.unitCode, current.year])
            .toArray()
        )
          .filter(isSubmissionRow)
          .filter((row) => row.id !== submissionId)
          .some((row) => referencesIn(rowToSubmission(row)).some((reference) => reference.id === evidenceId))
        if (!stillUsed) await database.evidence.delete(evidenceId)
        await writeAudit(database, {
          at,
          entityId: submissionId,
          action: 'evidence.removed',
          detail: { revision: next.revision, rev: next.rev, changes },
        })
        return ok(next)
      }),

    read: async (evidenceId) => {
      const row = await database.evidence.get(evidenceId)
      return row === undefined ? null : { id: row.id, fileName: row.fileName, bytes: row.bytes }
    },
  }
}

function evidenceAnswer(submission: Submission, questionCode: string): readonly EvidenceReference[] {
  const value = submission.answers[questionCode]
  return Array.isArray(value) ? (value as readonly EvidenceReference[]).filter(isReference) : []
}

/** Every evidence reference in a submission's answers, whatever the question. */
function referencesIn(submission: Submission): readonly EvidenceReference[] {
  return Object.values(submission.answers).flatMap((value) =>
    Array.isArray(value) ? (value as readonly unknown[]).filter(isReference) : [],
  )
}

function isReference(value: unknown): value is EvidenceReference {
  const candidate = value as Partial<EvidenceReference> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.id === 'string' &&
    typeof candidate.fileName === 'string' &&
    typeof candidate.size === 'number'
  )
}

/** NFC, no control characters or path separators, bounded; never empty. */
function cleanFileName(fileName: string): string {
  const clean = sanitizeText(fileName, { multiline: false, maxLength: EVIDENCE_LIMITS.fileNameLength })
    .replace(/[\\/]/g, '_')
    .trim()
  return clean === '' ? 'tep' : clean
}

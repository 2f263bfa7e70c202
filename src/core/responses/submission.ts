import type { Answers, AnswerValue } from './answer'

/**
 * `draft` while the officer fills in; `submitted` once they press "Nộp" (final, read-only). A
 * submitted revision is never edited: a new revision is started from it instead. "Ready" (no
 * problems left) is derived from the answers, not stored.
 *
 * @example
 *   const status: SubmissionStatus = 'draft'
 */
export type SubmissionStatus = 'draft' | 'submitted'

/**
 * What the officer typed for one revision of a submission: the answers (read by scoring), a
 * comment per question, and entries that could not be read yet (e.g. `12a` in a number field),
 * kept so that nothing typed is lost while it is still wrong.
 *
 * Entry keys: the question code for a question, `Code[row].Column` for a table cell (`cellEntryKey`).
 *
 * @example
 *   const content: SubmissionContent = { answers: { MayTinh: 120 }, comments: { MayTinh: 'Gồm 5 máy chủ' }, entries: { SoCBCC: '12a' } }
 */
export type SubmissionContent = {
  readonly answers: Answers
  readonly comments: Readonly<Record<string, string>>
  readonly entries: Readonly<Record<string, string>>
}

/**
 * One revision of one unit's phiếu khai for one framework and year.
 *
 * `rev` counts confirmed saves of this revision (compare-and-set between windows, reliability
 * §3.6); `revision` counts revisions (1, 2 …) started after a submission.
 *
 * @example
 *   submission.status === 'submitted' // read-only; startRevision() makes revision + 1
 */
export type Submission = SubmissionContent & {
  readonly id: string
  readonly unitCode: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly revision: number
  readonly status: SubmissionStatus
  readonly rev: number
  readonly createdAt: string
  readonly updatedAt: string
  readonly submittedAt: string | null
  /** The question the officer was last at, to return there after a reload. */
  readonly lastQuestion: string | null
}

/**
 * Changes to save: per key, the new value, or `null` to clear it. Keys not mentioned stay as
 * stored, so two windows editing different questions do not overwrite each other.
 *
 * @example
 *   const patch: SubmissionPatch = { answers: { MayTinh: 121 }, entries: { MayTinh: null } }
 */
export type SubmissionPatch = {
  readonly answers?: Readonly<Record<string, AnswerValue | null>>
  readonly comments?: Readonly<Record<string, string | null>>
  readonly entries?: Readonly<Record<string, string | null>>
  readonly lastQuestion?: string | null
}

/** What identifies a submission regardless of revision. */
export type SubmissionKey = {
  readonly unitCode: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
}

/**
 * The id of a revision: readable, stable, and unique per unit, framework version, year and revision.
 *
 * @example
 *   submissionId({ unitCode: 'SNV', frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', year: 2025 }, 1)
 *   // => 'SNV|dept-ict-readiness|2025.1|2025|r1'
 */
export function submissionId(key: SubmissionKey, revision: number): string {
  return `${key.unitCode}|${key.frameworkId}|${key.frameworkVersion}|${key.year}|r${revision}`
}

/**
 * The entry key of a table cell, for `SubmissionContent.entries`.
 *
 * @example
 *   cellEntryKey('PhanMem', 0, 'SoNguoiDung') // => 'PhanMem[0].SoNguoiDung'
 */
export function cellEntryKey(question: string, row: number, column: string): string {
  return `${question}[${row}].${column}`
}

/**
 * Applies a patch to content (pure): `null` removes a key, anything else sets it.
 *
 * @example
 *   applyPatch({ answers: { A: 1 }, comments: {}, entries: { A: 'x' } }, { entries: { A: null } }).entries // => {}
 */
export function applyPatch(content: SubmissionContent, patch: SubmissionPatch): SubmissionContent {
  return {
    answers: mergeRecord(content.answers, patch.answers),
    comments: mergeRecord(content.comments, patch.comments),
    entries: mergeRecord(content.entries, patch.entries),
  }
}

function mergeRecord<T>(
  base: Readonly<Record<string, T>>,
  changes: Readonly<Record<string, T | null>> | undefined,
): Readonly<Record<string, T>> {
  if (changes === undefined) return base
  const merged: Record<string, T> = { ...base }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) delete merged[key]
    else merged[key] = value
  }
  return merged
}

/** A patch is empty when it changes nothing (no keys at all). @example isEmptyPatch({}) // => true */
export function isEmptyPatch(patch: SubmissionPatch): boolean {
  return (
    Object.keys(patch.answers ?? {}).length === 0 &&
    Object.keys(patch.comments ?? {}).length === 0 &&
    Object.keys(patch.entries ?? {}).length === 0 &&
    patch.lastQuestion === undefined
  )
}

/**
 * Two patches in sequence as one (later wins per key): what the autosave queue sends when the
 * officer typed again while a save was in flight.
 *
 * @example
 *   mergePatches({ answers: { A: 1 } }, { answers: { A: 2, B: 3 } }).answers // => { A: 2, B: 3 }
 */
export function mergePatches(first: SubmissionPatch, second: SubmissionPatch): SubmissionPatch {
  const lastQuestion = second.lastQuestion !== undefined ? second.lastQuestion : first.lastQuestion
  return {
    answers: { ...first.answers, ...second.answers },
    comments: { ...first.comments, ...second.comments },
    entries: { ...first.entries, ...second.entries },
    ...(lastQuestion !== undefined ? { lastQuestion } : {}),
  }
}

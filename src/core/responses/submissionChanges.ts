import type { AnswerValue } from './answer'
import type { SubmissionContent, SubmissionPatch } from './submission'

/**
 * One changed field, as the audit log and the revision list show it: an answer, a comment or an
 * unreadable entry, with the value before and after (`null` = empty).
 *
 * @example
 *   const change: FieldChange = { kind: 'answer', field: 'MayTinh', old: 120, new: 121 }
 */
export type FieldChange = {
  readonly kind: 'answer' | 'comment' | 'entry'
  readonly field: string
  readonly old: AnswerValue | null
  readonly new: AnswerValue | null
}

/**
 * The fields a patch really changes on `before` (setting a field to the value it has is no change).
 *
 * @example
 *   patchChanges({ answers: { A: 1 }, comments: {}, entries: {} }, { answers: { A: 1, B: 2 } })
 *   // => [{ kind: 'answer', field: 'B', old: null, new: 2 }]
 */
export function patchChanges(before: SubmissionContent, patch: SubmissionPatch): readonly FieldChange[] {
  return [
    ...recordChanges('answer', before.answers, patch.answers),
    ...recordChanges('comment', before.comments, patch.comments),
    ...recordChanges('entry', before.entries, patch.entries),
  ]
}

/**
 * Every field that differs between two versions of the content: what changed from one revision
 * to the next.
 *
 * @example
 *   contentChanges(revision1, revision2).map((change) => change.field) // => ['MayTinh']
 */
export function contentChanges(before: SubmissionContent, after: SubmissionContent): readonly FieldChange[] {
  const every = <T>(
    a: Readonly<Record<string, T>>,
    b: Readonly<Record<string, T>>,
  ): Record<string, T | null> => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return Object.fromEntries([...keys].map((key) => [key, b[key] ?? null]))
  }
  return [
    ...recordChanges(
      'answer',
      before.answers,
      every(before.answers, after.answers) as Readonly<Record<string, AnswerValue | null>>,
    ),
    ...recordChanges('comment', before.comments, every(before.comments, after.comments)),
    ...recordChanges('entry', before.entries, every(before.entries, after.entries)),
  ]
}

function recordChanges(
  kind: FieldChange['kind'],
  before: Readonly<Record<string, AnswerValue | null | undefined>>,
  changes: Readonly<Record<string, AnswerValue | null>> | undefined,
): FieldChange[] {
  if (changes === undefined) return []
  const result: FieldChange[] = []
  for (const [field, value] of Object.entries(changes)) {
    const old = before[field] ?? null
    const next = value ?? null
    if (!sameValue(old, next)) result.push({ kind, field, old, new: next })
  }
  return result
}

/**
 * Structural equality for answer values (numbers, texts, lists, rows).
 *
 * @example
 *   sameValue([{ Ten: 'a' }], [{ Ten: 'a' }]) // => true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

import type { TFunction } from 'i18next'

/**
 * The sentence for an evaluator issue or write failure (`evaluator.issues.<code>`), or `null` when
 * the code belongs to another catalogue (then `describeIssue` has it).
 */
export function describeEvaluatorIssue(
  t: TFunction,
  issue: { readonly code: string } & Readonly<Record<string, unknown>>,
): string | null {
  const key = `evaluator.issues.${issue.code}`
  // Keys are built from data here, so the typed-key check cannot apply.
  const text = t(key as never, { ...issue, defaultValue: '' }) as string
  return text === '' ? null : text
}

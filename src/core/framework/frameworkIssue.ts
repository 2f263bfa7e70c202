import type { FrameworkFamily } from './framework'
import type { QuestionType } from './question'

/**
 * Where codes must be unique: `tree` is indicators and components together (a parent names
 * either); `choice` is within one question or column; `column` within one table; `part`,
 * `alternative`, `outcome` and `step` within one rule; `comparability-note` within one entry.
 *
 * @example
 *   const namespace: CodeNamespace = 'tree'
 */
export type CodeNamespace =
  | 'section'
  | 'question'
  | 'tree'
  | 'choice'
  | 'column'
  | 'part'
  | 'alternative'
  | 'outcome'
  | 'step'
  | 'band'
  | 'comparability'
  | 'comparability-note'

/**
 * One problem found in a framework: a plain object with a kebab-case `code`, the `path` of the
 * offending value (`questions[3].choices[0].value`, `''` for the whole file) and the context the
 * renderer needs to explain it. Core never builds the message; the renderer translates `code`
 * (see `frameworkIssueCodes`). `schema-invalid` alone carries zod's English `message`.
 *
 * @example
 *   const issue: FrameworkIssue = { code: 'unknown-section', path: 'questions[0].section', section: 'HTKTT' }
 */
export type FrameworkIssue =
  | { readonly code: 'schema-invalid'; readonly path: string; readonly message: string }
  | {
      readonly code: 'duplicate-code'
      readonly path: string
      readonly namespace: CodeNamespace
      readonly duplicate: string
      readonly firstPath: string
    }
  | { readonly code: 'unknown-section'; readonly path: string; readonly section: string }
  | { readonly code: 'unknown-parent'; readonly path: string; readonly parent: string }
  | { readonly code: 'no-root'; readonly path: string }
  | { readonly code: 'several-roots'; readonly path: string; readonly roots: readonly string[] }
  | { readonly code: 'component-cycle'; readonly path: string; readonly cycle: readonly string[] }
  | { readonly code: 'empty-component'; readonly path: string; readonly component: string }
  | { readonly code: 'non-positive-weight'; readonly path: string; readonly weight: number }
  | { readonly code: 'choice-list-empty'; readonly path: string; readonly question: string }
  | { readonly code: 'missing-columns'; readonly path: string; readonly question: string }
  | { readonly code: 'min-above-max'; readonly path: string; readonly min: number; readonly max: number }
  | {
      readonly code: 'formula-syntax'
      readonly path: string
      readonly position: number
      readonly expected: string
      readonly found: string
    }
  | {
      readonly code: 'formula-unknown-reference'
      readonly path: string
      readonly name: string
      readonly position: number
    }
  | {
      readonly code: 'formula-type-mismatch'
      readonly path: string
      readonly position: number
      readonly expected: string
      readonly found: string
    }
  | { readonly code: 'relevance-cycle'; readonly path: string; readonly cycle: readonly string[] }
  | {
      readonly code: 'points-rule-missing'
      readonly path: string
      readonly indicator: string
      readonly missing: 'rule' | 'maxPoints'
    }
  | {
      readonly code: 'points-exceed-parent'
      readonly path: string
      readonly maxPoints: number
      readonly parent: string
      readonly parentMaxPoints: number
    }
  | {
      readonly code: 'rule-points-exceed-max'
      readonly path: string
      readonly points: number
      readonly maxPoints: number
    }
  | {
      readonly code: 'family-mismatch'
      readonly path: string
      readonly family: FrameworkFamily
      readonly field: string
    }
  | { readonly code: 'unknown-denominator'; readonly path: string; readonly denominator: string }
  | {
      readonly code: 'denominator-not-numeric'
      readonly path: string
      readonly denominator: string
      readonly type: QuestionType
    }
  | {
      readonly code: 'unknown-choice-in-rule'
      readonly path: string
      readonly choice: string
      readonly question: string
    }
  | {
      readonly code: 'band-order'
      readonly path: string
      readonly problem: 'not-descending' | 'no-zero-band'
    }
  | { readonly code: 'comparability-unknown-indicator'; readonly path: string; readonly indicator: string }
  | {
      readonly code: 'points-children-below-max'
      readonly path: string
      readonly component: string
      readonly maxPoints: number
      readonly childrenMaxPoints: number
    }

/** The code of a framework issue. @example const code: FrameworkIssueCode = 'no-root' */
export type FrameworkIssueCode = FrameworkIssue['code']

/**
 * Every issue code, for the i18n files to be checked against (a test there can assert that
 * `locales/*.json` has a message for each). Includes the warning codes.
 *
 * @example
 *   frameworkIssueCodes.every((code) => code in en.frameworkIssues) // => true
 */
export const frameworkIssueCodes = [
  'schema-invalid',
  'duplicate-code',
  'unknown-section',
  'unknown-parent',
  'no-root',
  'several-roots',
  'component-cycle',
  'empty-component',
  'non-positive-weight',
  'choice-list-empty',
  'missing-columns',
  'min-above-max',
  'formula-syntax',
  'formula-unknown-reference',
  'formula-type-mismatch',
  'relevance-cycle',
  'points-rule-missing',
  'points-exceed-parent',
  'rule-points-exceed-max',
  'family-mismatch',
  'unknown-denominator',
  'denominator-not-numeric',
  'unknown-choice-in-rule',
  'band-order',
  'comparability-unknown-indicator',
  'points-children-below-max',
] as const satisfies readonly FrameworkIssueCode[]

/**
 * The codes `frameworkWarnings` reports: legal but probably unintended; they never block use.
 *
 * @example
 *   frameworkWarningCodes.includes('points-children-below-max') // => true
 */
export const frameworkWarningCodes = [
  'points-children-below-max',
] as const satisfies readonly FrameworkIssueCode[]

type UnlistedCode = Exclude<FrameworkIssueCode, (typeof frameworkIssueCodes)[number]>
void (true satisfies [UnlistedCode] extends [never] ? true : false)

import { err, ok, type Result } from '@core/result'
import { checkBandsAndComparability } from './checkBandsAndComparability'
import { checkComponentTree } from './checkComponentTree'
import { checkDuplicateCodes } from './checkDuplicateCodes'
import { checkFamily } from './checkFamily'
import { checkFormulas } from './checkFormulas'
import { checkMethods } from './checkMethods'
import { checkPoints } from './checkPoints'
import { checkQuestions } from './checkQuestions'
import { checkRelevanceCycles } from './checkRelevanceCycles'
import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'

declare const validFrameworkBrand: unique symbol

/**
 * A framework that passed `validateFramework`. Scoring, questionnaire and export functions take
 * this type, so an unchecked framework cannot reach them; only `validateFramework` makes one.
 *
 * @example
 *   function computeIndex(framework: ValidFramework, submissions: …) { … }
 */
export type ValidFramework = Framework & { readonly [validFrameworkBrand]: true }

/**
 * Checks the meaning of a parsed framework and reports every problem at once: codes, sections,
 * the component tree, questions, formulas (syntax, references, types), relevance cycles, the
 * scoring family, points and rules, methods, bands and comparability notes. Issue codes:
 * `frameworkIssueCodes`; each checker's JSDoc lists its own. Warnings do not block: see
 * `frameworkWarnings`.
 *
 * @example
 *   const parsed = parseFramework(JSON.parse(text))
 *   const valid = parsed.ok ? validateFramework(parsed.value) : parsed
 *   // valid.ok ? valid.value : valid.error // => readonly FrameworkIssue[]
 */
export function validateFramework(framework: Framework): Result<ValidFramework, readonly FrameworkIssue[]> {
  const issues = [
    ...checkDuplicateCodes(framework),
    ...checkQuestions(framework),
    ...checkComponentTree(framework),
    ...checkFamily(framework),
    ...checkPoints(framework),
    ...checkMethods(framework),
    ...checkFormulas(framework),
    ...checkRelevanceCycles(framework),
    ...checkBandsAndComparability(framework),
  ]
  return issues.length === 0 ? ok(framework as ValidFramework) : err(issues)
}

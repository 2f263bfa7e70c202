import type { ValidFramework } from '@core/framework/validateFramework'
import type { CouncilScope } from './councilScope'

/**
 * The framework as a council member's unit review shows it (decision 0025, 0029): only the
 * questions of their criteria groups, the sections that keep a question, and the points criteria
 * in their scope. For showing only — scoring always uses the whole framework. Without a scope
 * (an ordinary assessment) the framework itself.
 *
 * @example
 *   reviewFramework(framework, councilScope({ units: [], groups: ['HTKT'] }, framework)).sections
 *   // => the HTKT section only
 */
export function reviewFramework(framework: ValidFramework, scope: CouncilScope | null): ValidFramework {
  if (scope === null) return framework
  const questions = framework.questions.filter((question) => scope.hasItem('answer', question.code))
  const sections = new Set(questions.map((question) => question.section))
  return {
    ...framework,
    sections: framework.sections.filter((section) => sections.has(section.code)),
    questions,
    indicators: framework.indicators.filter((indicator) => scope.hasItem('points', indicator.code)),
  }
}

/**
 * Whether a review flag or item (by its question or criterion code) is one the member may see:
 * a question or a criterion in scope. Without a scope, every one.
 *
 * @example
 *   inReviewScope(null, 'MayBan') // => true
 */
export function inReviewScope(scope: CouncilScope | null, code: string): boolean {
  return scope === null || scope.hasItem('answer', code) || scope.hasItem('points', code)
}

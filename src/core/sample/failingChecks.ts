import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { Answers } from '@core/responses/answer'
import { questionnaireScope, relevantQuestions, type Questionnaire } from '@core/responses/questionnaire'

/**
 * The codes of the questions asked whose cross-field checks fail, as the questionnaire screen and
 * `checkSubmission` judge them (a check with a missing input does not fire).
 *
 * @example
 *   failingChecks(questionnaire, { MayBan: 10, LapTop: 0, MayNoiMangInternet: 12 }) // => Set { 'MayNoiMangInternet' }
 */
export function failingChecks(questionnaire: Questionnaire, answers: Answers): ReadonlySet<string> {
  const scope = questionnaireScope(questionnaire, answers)
  const relevant = relevantQuestions(questionnaire, answers, scope)
  const failing = new Set<string>()
  for (const [question, checks] of questionnaire.checks) {
    if (!relevant.has(question)) continue
    if (checks.some((check) => evaluateFormula(check.formula, scope) === false)) failing.add(question)
  }
  return failing
}

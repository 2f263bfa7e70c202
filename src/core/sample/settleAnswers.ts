import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { questionnaireScope, relevantQuestions } from '@core/responses/questionnaire'
import type { SampleFrameworkFacts, UpperBound } from './sampleFrameworkFacts'

const MAX_PASSES = 8

/**
 * Makes a proposed answer set consistent, in place: answers of questions that are not asked
 * (relevance false) are removed, and upper-bound checks that fail are repaired by scaling their
 * left side down (`MayNoiMangInternet <= MayBan + LapTop`). Repeats until nothing changes, since
 * a repair can change what is asked. Checks of other shapes are left as they are.
 *
 * Why: a profile proposes answers for every question; this keeps the sample honest to the
 * framework's relevance conditions and checks even when the framework is edited.
 *
 * @example
 *   const answers = { MayBan: 10, LapTop: 0, MayNoiMangInternet: 12 }
 *   settleAnswers(facts, answers) // answers.MayNoiMangInternet === 10
 */
export function settleAnswers(facts: SampleFrameworkFacts, answers: Record<string, AnswerValue>): void {
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const pruned = pruneNotAsked(facts, answers)
    const repaired = repairUpperBounds(facts, answers)
    if (!pruned && !repaired) return
  }
}

function pruneNotAsked(facts: SampleFrameworkFacts, answers: Record<string, AnswerValue>): boolean {
  const relevant = relevantQuestions(facts.questionnaire, answers)
  let changed = false
  for (const code of Object.keys(answers)) {
    if (relevant.has(code)) continue
    delete answers[code]
    changed = true
  }
  return changed
}

function repairUpperBounds(facts: SampleFrameworkFacts, answers: Record<string, AnswerValue>): boolean {
  let changed = false
  let scope = questionnaireScope(facts.questionnaire, answers)
  for (const bound of facts.upperBounds) {
    const limit = evaluateFormula(bound.limit, scope)
    const values = bound.terms.map((term) => scope.value(term))
    if (typeof limit !== 'number' || !values.every((value): value is number => typeof value === 'number'))
      continue
    const sum = values.reduce((total, value) => total + value, 0)
    if (bound.strict ? sum < limit : sum <= limit) continue
    scaleTerms(bound, values, sum, limit, facts.questionnaire.questions, answers)
    scope = questionnaireScope(facts.questionnaire, answers)
    changed = true
  }
  return changed
}

function scaleTerms(
  bound: UpperBound,
  values: readonly number[],
  sum: number,
  limit: number,
  questions: ReadonlyMap<string, Question>,
  answers: Record<string, AnswerValue>,
): void {
  const target = Math.max(0, bound.strict ? limit - 1 : limit)
  const factor = sum === 0 ? 0 : target / sum
  bound.terms.forEach((term, index) => {
    const scaled = (values[index] ?? 0) * factor
    answers[term] =
      questions.get(term)?.type === 'integer'
        ? Math.max(0, Math.floor(scaled))
        : Math.max(0, Math.floor(scaled * 10) / 10)
  })
}

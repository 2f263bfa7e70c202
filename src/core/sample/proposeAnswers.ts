import type { ValidFramework } from '@core/framework/validateFramework'
import type { AnswerValue, Answers } from '@core/responses/answer'
import { genericAnswer } from './genericAnswer'
import type { SampleContext } from './sampleContext'
import type { SampleFrameworkFacts } from './sampleFrameworkFacts'
import type { SampleProfile } from './sampleProfiles'
import { settleAnswers } from './settleAnswers'

/** How often an optional question (not read by a relevance condition) is left blank. */
const OPTIONAL_BLANK_RATE = 0.1

/**
 * One unit's clean answers for one year: the profile's proposal (or the type's generic answer for
 * a question the profile does not know), in the framework's question order, with some optional
 * questions left blank, then settled so that only questions asked are answered and every
 * upper-bound check holds. Texts are NFC.
 *
 * @example
 *   proposeAnswers(context, framework, facts, sampleProfileFor(framework)).SoCBCC // => e.g. 83
 */
export function proposeAnswers(
  context: SampleContext,
  framework: ValidFramework,
  facts: SampleFrameworkFacts,
  profile: SampleProfile,
): Answers {
  const proposed = profile.answers(context, framework)
  const answers: Record<string, AnswerValue> = {}
  for (const question of framework.questions) {
    const value = question.code in proposed ? proposed[question.code] : genericAnswer(context, question)
    if (value === null || value === undefined) continue
    const isOptional = !question.required && !facts.relevanceInputs.has(question.code)
    if (isOptional && context.yearly.chance(`blank:${question.code}`, OPTIONAL_BLANK_RATE)) continue
    answers[question.code] = typeof value === 'string' ? value.normalize('NFC') : value
  }
  settleAnswers(facts, answers)
  return answers
}

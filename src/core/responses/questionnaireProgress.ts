import type { Questionnaire } from './questionnaire'
import type { SubmissionCheck } from './validateAnswers'

/**
 * Progress of one section (or of the whole questionnaire), counting only questions that are asked.
 *
 * @example
 *   const progress: SectionProgress = { section: 'HTKT', asked: 2, answered: 1, required: 1, requiredAnswered: 1, missing: 0, withProblems: 1 }
 */
export type SectionProgress = {
  readonly section: string
  /** Questions asked (relevance holds). */
  readonly asked: number
  /** Asked questions with an answer. */
  readonly answered: number
  /** Asked questions that are required. */
  readonly required: number
  /** Required asked questions with an answer. */
  readonly requiredAnswered: number
  /** Required answers still missing, including required cells of table rows. */
  readonly missing: number
  /** Asked questions with at least one problem (invalid value or failed check). */
  readonly withProblems: number
}

export type QuestionnaireProgress = {
  readonly sections: readonly SectionProgress[]
  readonly total: SectionProgress
}

/**
 * Counts answered, required and problem questions per section for the side navigation. Hidden
 * questions (relevance false) count nowhere, even when they keep an answer.
 *
 * @example
 *   questionnaireProgress(questionnaire, checkSubmission(questionnaire, content)).total.answered // => 3
 */
export function questionnaireProgress(
  questionnaire: Questionnaire,
  check: SubmissionCheck,
): QuestionnaireProgress {
  const withProblems = new Set(check.problems.map((problem) => problem.question))
  const missingByQuestion = new Map<string, number>()
  for (const entry of check.missing)
    missingByQuestion.set(entry.question, (missingByQuestion.get(entry.question) ?? 0) + 1)
  const sections = questionnaire.sections.map(({ section, questions }): SectionProgress => {
    const asked = questions.filter((question) => check.relevant.has(question.code))
    const required = asked.filter((question) => question.required)
    return {
      section: section.code,
      asked: asked.length,
      answered: asked.filter((question) => check.answered.has(question.code)).length,
      required: required.length,
      requiredAnswered: required.filter((question) => check.answered.has(question.code)).length,
      missing: asked.reduce((total, question) => total + (missingByQuestion.get(question.code) ?? 0), 0),
      withProblems: asked.filter((question) => withProblems.has(question.code)).length,
    }
  })
  const total = sections.reduce<SectionProgress>(
    (sum, item) => ({
      section: '',
      asked: sum.asked + item.asked,
      answered: sum.answered + item.answered,
      required: sum.required + item.required,
      requiredAnswered: sum.requiredAnswered + item.requiredAnswered,
      missing: sum.missing + item.missing,
      withProblems: sum.withProblems + item.withProblems,
    }),
    { section: '', asked: 0, answered: 0, required: 0, requiredAnswered: 0, missing: 0, withProblems: 0 },
  )
  return { sections, total }
}

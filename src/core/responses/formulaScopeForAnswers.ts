import type { Framework, Question } from '@core/framework/framework'
import type { FormulaRow, FormulaScope } from '@core/formula/formulaValue'
import type { Answers, AnswerValue, TableRow } from './answer'

/**
 * The formula scope for one unit: reads its answers through the question types, so that a
 * value of the wrong shape (e.g. text typed into a number field in an old file) is missing
 * rather than wrong. Evidence questions read as the number of files attached.
 *
 * @example
 *   const scope = formulaScopeForAnswers(questionIndex(framework), { MayTinh: 120 })
 *   scope.value('MayTinh') // => 120
 */
export function formulaScopeForAnswers(
  questions: ReadonlyMap<string, Question>,
  answers: Answers,
): FormulaScope {
  return {
    value: (code) => readAnswer(questions.get(code), answers[code]),
    rows: (code) => {
      const question = questions.get(code)
      const value = answers[code]
      if (question?.type !== 'table' || !Array.isArray(value)) return undefined
      return (value as readonly TableRow[]).filter(
        (row) => typeof row === 'object' && row !== null,
      ) as readonly FormulaRow[]
    },
  }
}

/** Questions by code, built once per framework. */
export function questionIndex(framework: Pick<Framework, 'questions'>): ReadonlyMap<string, Question> {
  return new Map(framework.questions.map((question) => [question.code, question]))
}

function readAnswer(
  question: Question | undefined,
  value: AnswerValue | null | undefined,
): number | boolean | string | readonly string[] | null {
  if (question === undefined || value === null || value === undefined) return null
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? value : null
    case 'yes-no':
      return typeof value === 'boolean' ? value : null
    case 'single-choice':
    case 'text':
    case 'date':
      return typeof value === 'string' ? value : null
    case 'multi-choice':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? (value as readonly string[])
        : null
    case 'evidence':
      return Array.isArray(value) ? value.length : null
    case 'table':
      return null
  }
}

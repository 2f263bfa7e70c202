import type { FormulaType, ReferenceResolver } from '@core/formula/formulaType'
import { assertNever } from '@core/result'
import type { Framework } from './framework'
import type { ColumnType, QuestionType } from './question'

/**
 * The formula type of an answer to a question of `type`: numbers for `integer`, `decimal`,
 * `percent` and `evidence` (the number of files attached), `boolean` for `yes-no`, `text` for
 * `single-choice`, `text` and `date` (ISO `YYYY-MM-DD`, so comparisons order dates), `choices`
 * for `multi-choice`, `table` for `table`.
 *
 * @example
 *   formulaTypeOfQuestion('evidence') // => 'number'
 */
export function formulaTypeOfQuestion(type: QuestionType | ColumnType): FormulaType {
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'percent':
    case 'evidence':
      return 'number'
    case 'yes-no':
      return 'boolean'
    case 'single-choice':
    case 'text':
    case 'date':
      return 'text'
    case 'multi-choice':
      return 'choices'
    case 'table':
      return 'table'
    default:
      return assertNever(type)
  }
}

/**
 * Tells the formula type checker what the codes of `framework` mean. When several questions
 * share a code (reported as `duplicate-code`), the first one wins.
 *
 * @example
 *   checkFormulaTypes(node, frameworkReferenceResolver(framework))
 */
export function frameworkReferenceResolver(framework: Framework): ReferenceResolver {
  const questions = new Map<string, Framework['questions'][number]>()
  for (const question of framework.questions)
    if (!questions.has(question.code)) questions.set(question.code, question)
  return {
    question: (code) => {
      const question = questions.get(code)
      return question === undefined ? undefined : formulaTypeOfQuestion(question.type)
    },
    tableColumn: (table, column) => {
      const question = questions.get(table)
      if (question?.type !== 'table') return undefined
      const found = question.columns.find((candidate) => candidate.code === column)
      return found === undefined ? undefined : formulaTypeOfQuestion(found.type)
    },
    isTable: (code) => questions.get(code)?.type === 'table',
  }
}

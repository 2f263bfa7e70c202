import type { Framework, Question, TableColumn } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { childPath, issuePath } from './issuePath'

/**
 * Checks each question on its own: its section exists (`unknown-section`), a choice question or
 * column has options (`choice-list-empty`), a table has columns (`missing-columns`), and
 * `min` ≤ `max`, `minRows` ≤ `maxRows` (`min-above-max`, at the `min` / `minRows` path).
 *
 * @example
 *   checkQuestions(aFramework({ questions: [aQuestion({ section: 'NOPE' })] }))
 *   // => [{ code: 'unknown-section', path: 'questions[0].section', section: 'NOPE' }]
 */
export function checkQuestions(framework: Framework): FrameworkIssue[] {
  const sections = new Set(framework.sections.map((section) => section.code))
  return framework.questions.flatMap((question, index) => {
    const path = issuePath('questions', index)
    const unknownSection: FrameworkIssue[] = sections.has(question.section)
      ? []
      : [{ code: 'unknown-section', path: childPath(path, 'section'), section: question.section }]
    return [...unknownSection, ...checkQuestionFields(question, path)]
  })
}

function checkQuestionFields(question: Question, path: string): FrameworkIssue[] {
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return checkRange(question.min, question.max, childPath(path, 'min'))
    case 'single-choice':
    case 'multi-choice':
      return question.choices.length === 0
        ? [{ code: 'choice-list-empty', path: childPath(path, 'choices'), question: question.code }]
        : []
    case 'table':
      return [
        ...(question.columns.length === 0
          ? [{ code: 'missing-columns', path: childPath(path, 'columns'), question: question.code } as const]
          : []),
        ...checkRange(question.minRows, question.maxRows, childPath(path, 'minRows')),
        ...question.columns.flatMap((column, index) =>
          checkColumn(column, question.code, childPath(path, 'columns', index)),
        ),
      ]
    default:
      return []
  }
}

function checkColumn(column: TableColumn, question: string, path: string): FrameworkIssue[] {
  if (column.type === 'single-choice' && column.choices.length === 0) {
    return [{ code: 'choice-list-empty', path: childPath(path, 'choices'), question }]
  }
  if (column.type === 'integer' || column.type === 'decimal' || column.type === 'percent') {
    return checkRange(column.min, column.max, childPath(path, 'min'))
  }
  return []
}

function checkRange(min: number | undefined, max: number | undefined, path: string): FrameworkIssue[] {
  return min !== undefined && max !== undefined && min > max
    ? [{ code: 'min-above-max', path, min, max }]
    : []
}

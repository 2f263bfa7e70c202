import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { readNumberEntry } from '@core/responses/numberEntry'
import type { AnswerProblem } from '@core/responses/validateAnswers'
import { validateAnswer } from '@core/responses/validateAnswers'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'

/** What the appraisal form holds while the evaluator types: text for numbers, text and dates; the value otherwise. */
export type AppraisalEntry = {
  readonly text: string
  readonly choices: readonly string[]
  readonly flag: '' | 'true' | 'false'
}

/** The form's starting state: the current final value. */
export function entryFor(question: Question, value: AnswerValue | null, language: Language): AppraisalEntry {
  const text =
    typeof value === 'number'
      ? formatNumber(value, language, 10).replace(/\s/g, '')
      : typeof value === 'string'
        ? value
        : ''
  const choices =
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? (value as readonly string[])
      : []
  const flag = typeof value === 'boolean' ? (value ? 'true' : 'false') : ''
  return { text: question.type === 'yes-no' ? '' : text, choices, flag }
}

/**
 * The value an entry stands for, and what is wrong with it (an unreadable number, out of range,
 * an unknown choice). An empty entry is `null`: "no figure" is a valid appraisal.
 */
export function readAppraisalEntry(
  question: Question,
  entry: AppraisalEntry,
  language: Language,
): { readonly value: AnswerValue | null; readonly problems: readonly AnswerProblem[] } {
  let value: AnswerValue | null
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent': {
      const read = readNumberEntry(entry.text, language)
      if (read.entry !== null)
        return {
          value: null,
          problems: [{ question: question.code, issue: { code: 'not-a-number', entry: read.entry } }],
        }
      value = read.value
      break
    }
    case 'yes-no':
      value = entry.flag === '' ? null : entry.flag === 'true'
      break
    case 'multi-choice':
      value = entry.choices.length === 0 ? null : entry.choices
      break
    default:
      value = entry.text.trim() === '' ? null : entry.text.trim()
  }
  const problems = validateAnswer(question, value).filter((problem) => problem.issue.code !== 'required')
  return { value, problems }
}

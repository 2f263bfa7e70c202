import type { TFunction } from 'i18next'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { formatIsoDay, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { localized } from '../../i18n/localized'

/** An answer as the evaluator reads it: numbers in the interface's convention, choices by label, tables and files counted. */
export function formatAnswer(
  t: TFunction,
  question: Question | undefined,
  value: AnswerValue | null | undefined,
  language: Language,
): string {
  if (value === null || value === undefined || value === '') return t('evaluator.answer.empty')
  if (typeof value === 'number')
    return formatNumber(value, language, 6) + (question?.type === 'percent' ? ' %' : '')
  if (typeof value === 'boolean') return t(value ? 'evaluator.answer.yes' : 'evaluator.answer.no')
  const choiceLabel = (choice: string) => {
    const choices = question !== undefined && 'choices' in question ? question.choices : []
    const found = choices.find((candidate) => candidate.value === choice)
    return found === undefined ? choice : localized(found.label, language)
  }
  if (typeof value === 'string') {
    if (question?.type === 'single-choice') return choiceLabel(value)
    if (question?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDay(value, language)
    return value
  }
  if (question?.type === 'multi-choice') return (value as readonly string[]).map(choiceLabel).join('; ')
  if (question?.type === 'evidence') return t('evaluator.answer.files', { count: value.length })
  return t('evaluator.answer.rows', { count: value.length })
}

/** Question types whose value the evaluator can appraise here (tables and files are reviewed, not replaced). */
export const APPRAISABLE_TYPES: ReadonlySet<Question['type']> = new Set([
  'integer',
  'decimal',
  'percent',
  'yes-no',
  'single-choice',
  'multi-choice',
  'text',
  'date',
])

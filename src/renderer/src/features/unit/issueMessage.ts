import type { TFunction } from 'i18next'
import type { Question } from '@core/framework/framework'
import type { AnswerIssue, AnswerProblem } from '@core/responses/validateAnswers'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { localized } from '../../i18n/localized'

/** A plain sentence for one issue, in the interface language. */
export function issueMessage(t: TFunction, issue: AnswerIssue, language: Language): string {
  switch (issue.code) {
    case 'check-failed':
      return localized(issue.message, language)
    case 'below-min':
      return t('unit.issues.below-min', { min: formatNumber(issue.min, language) })
    case 'above-max':
      return t('unit.issues.above-max', { max: formatNumber(issue.max, language) })
    case 'not-a-number':
      return t('unit.issues.not-a-number', { entry: issue.entry })
    case 'too-long':
      return t('unit.issues.too-long', { maxLength: formatNumber(issue.maxLength, language) })
    case 'unknown-choice':
      return t('unit.issues.unknown-choice', { value: issue.value })
    case 'too-few-rows':
      return t('unit.issues.too-few-rows', { minRows: issue.minRows })
    case 'too-many-rows':
      return t('unit.issues.too-many-rows', { maxRows: issue.maxRows })
    case 'too-many-files':
      return t('unit.issues.too-many-files', { maxFiles: issue.maxFiles })
    case 'file-not-accepted':
      return t('unit.issues.file-not-accepted', { fileName: issue.fileName, accept: issue.accept.join(', ') })
    case 'required':
    case 'not-an-integer':
    case 'invalid-date':
    case 'wrong-type':
      return t(`unit.issues.${issue.code}`)
  }
}

/** The message with its place in a table ("Dòng 2, cột “Tên”: …") when it concerns one cell. */
export function problemMessage(
  t: TFunction,
  problem: AnswerProblem,
  question: Question | undefined,
  language: Language,
): string {
  const message = issueMessage(t, problem.issue, language)
  if (problem.row === undefined || question?.type !== 'table') return message
  const column = question.columns.find((item) => item.code === problem.column)
  return t('unit.issues.inCell', {
    row: problem.row + 1,
    column: column === undefined ? (problem.column ?? '') : localized(column.text, language),
    message,
  })
}

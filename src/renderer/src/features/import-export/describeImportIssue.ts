import type { TFunction } from 'i18next'
import type { AnswerExpectation } from '@core/formats/questionnaire/answerCells'
import { questionnaireIssueCodes } from '@core/formats/questionnaire/questionnaireIssue'
import { importOwnIssueCodes, type FileIssue } from '@core/import/importTypes'
import { describeIssue } from '../../i18n/describeIssue'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'

const IMPORT_CODES: ReadonlySet<string> = new Set([...questionnaireIssueCodes, ...importOwnIssueCodes])

/**
 * The sentence for one problem of an imported file, with its sheet and cell first: the
 * questionnaire codec's and the import's own issues from `importExport.issue`, the xlsx reader's
 * from the shared file-issue messages.
 *
 * @example
 *   describeImportIssue(t, { code: 'missing-unit', sheet: 'Hướng dẫn', cell: 'B4' }, 'vi') // => 'Trang “Hướng dẫn”, ô B4: Chưa nhập mã đơn vị.'
 */
export function describeImportIssue(t: TFunction, issue: FileIssue, language: Language): string {
  if (!IMPORT_CODES.has(issue.code))
    return describeIssue(t, issue as FileIssue & Readonly<Record<string, unknown>>)
  const values: Record<string, unknown> = { ...issue }
  let key = `importExport.issue.${issue.code}`
  if (issue.code === 'invalid-answer') {
    values['expected'] = describeExpectation(t, issue.expected, language)
    if (issue.problem.startsWith('formula') || issue.problem === 'error-value')
      key = `importExport.issue.invalid-answer-${issue.problem}`
  }
  if (issue.code === 'check-failed')
    values['message'] = language === 'en' ? (issue.message.en ?? issue.message.vi) : issue.message.vi
  // Keys are built from data here, so the typed-key check cannot apply.
  const text = t(key as never, { ...values, interpolation: { escapeValue: false } }) as string
  const { sheet, cell } = values
  return typeof sheet === 'string' && typeof cell === 'string'
    ? `${t('issueLocation', { sheet, cell, interpolation: { escapeValue: false } })}${text}`
    : text
}

/** What a cell had to hold, in words: "số nguyên ≥ 0", "Có hoặc Không", "ngày (ngày/tháng/năm)". */
export function describeExpectation(t: TFunction, expected: AnswerExpectation, language: Language): string {
  if (expected.type === 'integer' || expected.type === 'decimal' || expected.type === 'percent') {
    const kind = t(`importExport.expect.${expected.type}`)
    const number = (value: number) => formatNumber(value, language, 6)
    if (expected.min !== undefined && expected.max !== undefined)
      return t('importExport.expect.between', { kind, min: number(expected.min), max: number(expected.max) })
    if (expected.min !== undefined)
      return t('importExport.expect.atLeast', { kind, min: number(expected.min) })
    if (expected.max !== undefined)
      return t('importExport.expect.atMost', { kind, max: number(expected.max) })
    return kind
  }
  if (expected.type === 'single-choice')
    return t('importExport.expect.single-choice', {
      choices: (expected.choices ?? []).join('; '),
      interpolation: { escapeValue: false },
    })
  if (expected.type === 'text')
    return t('importExport.expect.text', { maxLength: expected.maxLength ?? 4000 })
  return t(`importExport.expect.${expected.type}`)
}

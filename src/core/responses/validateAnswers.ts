import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { LocalizedText, Question, TableColumn } from '@core/framework/framework'
import type { AnswerValue, EvidenceReference, TableCell, TableRow } from './answer'
import { checkEvidenceFiles } from './checkEvidenceFiles'
import { questionnaireScope, relevantQuestions, type Questionnaire } from './questionnaire'
import { DEFAULT_TEXT_MAX_LENGTH } from './sanitizeText'
import { cellEntryKey, type SubmissionContent } from './submission'

/**
 * What is wrong with one answer (or one table cell). The renderer turns `code` into a plain
 * Vietnamese / English sentence; `check-failed` carries the framework's own message.
 *
 * @example
 *   const issue: AnswerIssue = { code: 'above-max', max: 100 }
 */
export type AnswerIssue =
  | { readonly code: 'required' }
  | { readonly code: 'not-a-number'; readonly entry: string }
  | { readonly code: 'not-an-integer' }
  | { readonly code: 'below-min'; readonly min: number }
  | { readonly code: 'above-max'; readonly max: number }
  | { readonly code: 'too-long'; readonly maxLength: number }
  | { readonly code: 'invalid-date' }
  | { readonly code: 'unknown-choice'; readonly value: string }
  | { readonly code: 'wrong-type' }
  | { readonly code: 'too-few-rows'; readonly minRows: number }
  | { readonly code: 'too-many-rows'; readonly maxRows: number }
  | { readonly code: 'too-many-files'; readonly maxFiles: number }
  | { readonly code: 'file-not-accepted'; readonly fileName: string; readonly accept: readonly string[] }
  | { readonly code: 'check-failed'; readonly message: LocalizedText; readonly formula: string }

/** Problems that are not just "still empty": a value that must be corrected. */
export type AnswerProblem = {
  readonly question: string
  /** Table questions: the 0-based row and the column of the cell concerned. */
  readonly row?: number
  readonly column?: string
  readonly issue: AnswerIssue
}

/** Where a required answer is still missing (a question, or a required cell of a table row). */
export type MissingAnswer = { readonly question: string; readonly row?: number; readonly column?: string }

export type SubmissionCheck = {
  /** Codes of the questions asked (relevance holds). */
  readonly relevant: ReadonlySet<string>
  /** Codes of relevant questions that have an answer. */
  readonly answered: ReadonlySet<string>
  /** Invalid values and failed checks, in questionnaire order. */
  readonly problems: readonly AnswerProblem[]
  /** Required answers still missing, in questionnaire order. */
  readonly missing: readonly MissingAnswer[]
}

/**
 * Checks a whole submission at entry: type, range, length, choices, rows, files, unreadable
 * entries, required answers and the framework's cross-field checks (`MayTinhInternet <= MayTinh`),
 * for the questions currently asked only. Answers of questions that are not asked are kept and
 * never reported. A check whose inputs are missing does not fire.
 *
 * @example
 *   const check = checkSubmission(questionnaire, { answers: { MayTinh: 10, MayTinhInternet: 12 }, comments: {}, entries: {} })
 *   check.problems // => [{ question: 'MayTinhInternet', issue: { code: 'check-failed', … } }]
 */
export function checkSubmission(questionnaire: Questionnaire, content: SubmissionContent): SubmissionCheck {
  const scope = questionnaireScope(questionnaire, content.answers)
  const relevant = relevantQuestions(questionnaire, content.answers, scope)
  const answered = new Set<string>()
  const problems: AnswerProblem[] = []
  const missing: MissingAnswer[] = []
  for (const question of questionnaire.order) {
    if (!relevant.has(question.code)) continue
    const value = content.answers[question.code]
    const entry = content.entries[question.code]
    if (isAnswered(question, value)) answered.add(question.code)
    const ownProblems =
      entry !== undefined
        ? [{ question: question.code, issue: { code: 'not-a-number', entry } } as const]
        : validateAnswer(question, value)
    problems.push(...ownProblems)
    if (question.type === 'table') problems.push(...cellEntryProblems(question, content.entries))
    if (question.required && entry === undefined && !isAnswered(question, value))
      missing.push({ question: question.code })
    if (question.type === 'table' && Array.isArray(value))
      missing.push(...missingCells(question, value as readonly TableRow[], content.entries))
    for (const check of questionnaire.checks.get(question.code) ?? []) {
      if (evaluateFormula(check.formula, scope) === false) {
        problems.push({
          question: question.code,
          issue: { code: 'check-failed', message: check.message, formula: check.source },
        })
      }
    }
  }
  return { relevant, answered, problems, missing }
}

/**
 * Whether a value counts as an answer: not null, not an empty text, and for lists (choices,
 * rows, files) at least one item.
 *
 * @example
 *   isAnswered(aQuestion({ type: 'multi-choice' }), []) // => false
 *   isAnswered(aQuestion({ type: 'yes-no' }), false) // => true
 */
export function isAnswered(question: Question, value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return question.type !== 'table'
}

/**
 * The problems of one answer on its own (no cross-field checks, no "required"): what is shown
 * next to the field as soon as it is typed.
 *
 * @example
 *   validateAnswer(aQuestion({ type: 'percent' }), 120) // => [{ question: 'Q1', issue: { code: 'above-max', max: 100 } }]
 */
export function validateAnswer(
  question: Question,
  value: AnswerValue | null | undefined,
): readonly AnswerProblem[] {
  if (value === null || value === undefined) return []
  const at = (issue: AnswerIssue): AnswerProblem => ({ question: question.code, issue })
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return numberIssues(question.type, value, question.min, question.max).map(at)
    case 'yes-no':
      return typeof value === 'boolean' ? [] : [at({ code: 'wrong-type' })]
    case 'single-choice':
      if (typeof value !== 'string') return [at({ code: 'wrong-type' })]
      return question.choices.some((choice) => choice.value === value)
        ? []
        : [at({ code: 'unknown-choice', value })]
    case 'multi-choice': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        return [at({ code: 'wrong-type' })]
      const unknown = (value as readonly string[]).find(
        (item) => !question.choices.some((choice) => choice.value === item),
      )
      return unknown === undefined ? [] : [at({ code: 'unknown-choice', value: unknown })]
    }
    case 'text':
      return textIssues(value, question.maxLength).map(at)
    case 'date':
      return dateIssues(value).map(at)
    case 'table':
      return tableProblems(question, value)
    case 'evidence':
      return evidenceProblems(question, value)
  }
}

function numberIssues(
  type: 'integer' | 'decimal' | 'percent',
  value: unknown,
  min: number | undefined,
  max: number | undefined,
): AnswerIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ code: 'wrong-type' }]
  if (type === 'integer' && !Number.isInteger(value)) return [{ code: 'not-an-integer' }]
  const lower = min ?? (type === 'percent' ? 0 : undefined)
  const upper = max ?? (type === 'percent' ? 100 : undefined)
  if (lower !== undefined && value < lower) return [{ code: 'below-min', min: lower }]
  if (upper !== undefined && value > upper) return [{ code: 'above-max', max: upper }]
  return []
}

function textIssues(value: unknown, maxLength: number | undefined): AnswerIssue[] {
  if (typeof value !== 'string') return [{ code: 'wrong-type' }]
  const limit = maxLength ?? DEFAULT_TEXT_MAX_LENGTH
  return value.length > limit ? [{ code: 'too-long', maxLength: limit }] : []
}

function dateIssues(value: unknown): AnswerIssue[] {
  if (typeof value !== 'string') return [{ code: 'wrong-type' }]
  return isCalendarDate(value) ? [] : [{ code: 'invalid-date' }]
}

/**
 * Whether `text` is an ISO calendar date `YYYY-MM-DD` that exists (no 31 April), years 1900–2100.
 *
 * @example
 *   isCalendarDate('2025-02-29') // => false
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

function tableProblems(question: Extract<Question, { type: 'table' }>, value: unknown): AnswerProblem[] {
  if (
    !Array.isArray(value) ||
    !value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))
  ) {
    return [{ question: question.code, issue: { code: 'wrong-type' } }]
  }
  const rows = value as readonly TableRow[]
  const problems: AnswerProblem[] = []
  if (question.minRows !== undefined && rows.length > 0 && rows.length < question.minRows) {
    problems.push({ question: question.code, issue: { code: 'too-few-rows', minRows: question.minRows } })
  }
  if (question.maxRows !== undefined && rows.length > question.maxRows) {
    problems.push({ question: question.code, issue: { code: 'too-many-rows', maxRows: question.maxRows } })
  }
  rows.forEach((row, index) => {
    for (const column of question.columns) {
      const cell = row[column.code]
      if (cell === null || cell === undefined) continue
      for (const issue of cellIssues(column, cell))
        problems.push({ question: question.code, row: index, column: column.code, issue })
    }
  })
  return problems
}

function cellIssues(column: TableColumn, cell: TableCell): AnswerIssue[] {
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return numberIssues(column.type, cell, column.min, column.max)
    case 'yes-no':
      return typeof cell === 'boolean' ? [] : [{ code: 'wrong-type' }]
    case 'single-choice':
      if (typeof cell !== 'string') return [{ code: 'wrong-type' }]
      return column.choices.some((choice) => choice.value === cell)
        ? []
        : [{ code: 'unknown-choice', value: cell }]
    case 'text':
      return textIssues(cell, column.maxLength)
    case 'date':
      return dateIssues(cell)
  }
}

function cellEntryProblems(
  question: Extract<Question, { type: 'table' }>,
  entries: Readonly<Record<string, string>>,
): AnswerProblem[] {
  const prefix = `${question.code}[`
  const problems: AnswerProblem[] = []
  for (const [key, entry] of Object.entries(entries)) {
    if (!key.startsWith(prefix)) continue
    const match = /^\[(\d+)\]\.(.+)$/.exec(key.slice(question.code.length))
    if (match === null) continue
    problems.push({
      question: question.code,
      row: Number(match[1]),
      column: match[2] as string,
      issue: { code: 'not-a-number', entry },
    })
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
}

function missingCells(
  question: Extract<Question, { type: 'table' }>,
  rows: readonly TableRow[],
  entries: Readonly<Record<string, string>>,
): MissingAnswer[] {
  const missing: MissingAnswer[] = []
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return
    for (const column of question.columns) {
      if (!column.required) continue
      const cell = row[column.code]
      const empty = cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
      if (empty && entries[cellEntryKey(question.code, index, column.code)] === undefined) {
        missing.push({ question: question.code, row: index, column: column.code })
      }
    }
  })
  return missing
}

function evidenceProblems(
  question: Extract<Question, { type: 'evidence' }>,
  value: unknown,
): AnswerProblem[] {
  if (!Array.isArray(value)) return [{ question: question.code, issue: { code: 'wrong-type' } }]
  const problems = checkEvidenceFiles(question, value as readonly EvidenceReference[])
  // the number of files first, then each refused file (the order the issues were always listed in)
  return [
    ...problems.filter((problem) => problem.code === 'too-many-files'),
    ...problems.filter((problem) => problem.code === 'file-not-accepted'),
  ].map((problem) => ({
    question: question.code,
    issue:
      problem.code === 'too-many-files'
        ? { code: problem.code, maxFiles: problem.maxFiles }
        : { code: problem.code, fileName: problem.fileName, accept: problem.accept },
  }))
}

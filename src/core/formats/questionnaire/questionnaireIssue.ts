import type { LocalizedText } from '@core/framework/framework'
import type { AnswerExpectation, CellProblem } from './answerCells'

/**
 * A problem found in a questionnaire workbook, with where it is (`sheet`, `cell` as A1) and what
 * was expected and found. Plain data (survives a worker's `postMessage` and storage); the renderer
 * and the CLI turn `code` into a sentence. Every problem of a workbook is collected.
 *
 * Errors reject the file. `missing-required` and `check-failed` are warnings: the submission is
 * imported and the evaluator sees them (missing values are what imputation is for).
 *
 * @example
 *   const issue: QuestionnaireIssue = {
 *     code: 'invalid-answer', sheet: 'HTKT Hạ tầng kỹ thuật', cell: 'D5', question: 'MayTinh',
 *     problem: 'not-an-integer', expected: { type: 'integer', min: 0 }, found: '12,5',
 *   }
 */
export type QuestionnaireIssue =
  | { readonly code: 'missing-meta' }
  | { readonly code: 'not-a-questionnaire'; readonly found: string }
  | { readonly code: 'invalid-meta'; readonly field: string; readonly found: string }
  | { readonly code: 'unsupported-template-version'; readonly found: number; readonly newestKnown: number }
  | { readonly code: 'framework-mismatch'; readonly expected: string; readonly found: string }
  | { readonly code: 'year-mismatch'; readonly expected: number; readonly found: number }
  | { readonly code: 'missing-sheet'; readonly sheet: string }
  | { readonly code: 'unexpected-sheet'; readonly sheet: string }
  | { readonly code: 'unexpected-merge'; readonly sheet: string; readonly range: string }
  | {
      readonly code: 'edited-protected-cell'
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }
  | { readonly code: 'missing-question'; readonly sheet: string; readonly question: string }
  | {
      readonly code: 'duplicate-question'
      readonly sheet: string
      readonly cell: string
      readonly question: string
    }
  | {
      readonly code: 'unknown-question'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | { readonly code: 'missing-unit'; readonly sheet: string; readonly cell: string }
  | {
      readonly code: 'invalid-unit-code'
      readonly sheet: string
      readonly cell: string
      readonly found: string
    }
  | {
      readonly code: 'invalid-answer'
      readonly sheet: string
      readonly cell: string
      readonly question: string
      /** Table cells: the column's code. */
      readonly column?: string
      readonly problem: CellProblem
      readonly expected: AnswerExpectation
      readonly found: string
    }
  | {
      readonly code: 'invalid-note'
      readonly sheet: string
      readonly cell: string
      readonly question: string
      readonly maxLength: number
      readonly found: string
    }
  | {
      readonly code: 'too-many-rows'
      readonly sheet: string
      readonly question: string
      readonly maxRows: number
      readonly found: number
    }
  | {
      readonly code: 'too-few-rows'
      readonly sheet: string
      readonly question: string
      readonly minRows: number
      readonly found: number
    }
  | {
      readonly code: 'missing-required'
      readonly sheet: string
      readonly cell: string
      readonly question: string
      readonly column?: string
    }
  | {
      readonly code: 'check-failed'
      readonly sheet: string
      readonly cell: string
      readonly question: string
      readonly message: LocalizedText
    }

/** The code of a questionnaire issue. */
export type QuestionnaireIssueCode = QuestionnaireIssue['code']

/** Codes that do not reject a workbook. @example WARNING_CODES.includes('missing-required') // => true */
export const WARNING_CODES: readonly QuestionnaireIssueCode[] = ['missing-required', 'check-failed']

/**
 * Every questionnaire issue code, for translation tests.
 *
 * @example
 *   questionnaireIssueCodes.includes('framework-mismatch') // => true
 */
export const questionnaireIssueCodes = [
  'missing-meta',
  'not-a-questionnaire',
  'invalid-meta',
  'unsupported-template-version',
  'framework-mismatch',
  'year-mismatch',
  'missing-sheet',
  'unexpected-sheet',
  'unexpected-merge',
  'edited-protected-cell',
  'missing-question',
  'duplicate-question',
  'unknown-question',
  'missing-unit',
  'invalid-unit-code',
  'invalid-answer',
  'invalid-note',
  'too-many-rows',
  'too-few-rows',
  'missing-required',
  'check-failed',
] as const satisfies readonly QuestionnaireIssueCode[]

type UnlistedCode = Exclude<QuestionnaireIssueCode, (typeof questionnaireIssueCodes)[number]>
void (true satisfies [UnlistedCode] extends [never] ? true : false)

/**
 * Whether an issue is only a warning.
 *
 * @example
 *   isWarning({ code: 'missing-required', sheet: 'S', cell: 'D2', question: 'Q' }) // => true
 */
export function isWarning(issue: QuestionnaireIssue): boolean {
  return WARNING_CODES.includes(issue.code)
}

import type { TextChangeReason } from './sanitiseCellText'

/**
 * Where in a validation a text is too long.
 *
 * @example
 *   const field: ValidationTextField = 'prompt-title'
 */
export type ValidationTextField = 'prompt-title' | 'prompt' | 'error-title' | 'error'

/**
 * Why a validation rule cannot be written.
 *
 * @example
 *   const reason: InvalidValidationReason = 'min-above-max'
 */
export type InvalidValidationReason =
  | 'empty-list'
  | 'separator-in-list-value'
  | 'list-too-long'
  | 'missing-bounds'
  | 'min-above-max'
  | 'not-an-integer'
  | 'non-finite-bound'
  | 'invalid-date-bound'
  | 'negative-length'

/**
 * Why a template formula is refused.
 *
 * @example
 *   const reason: InvalidFormulaReason = 'dde'
 */
export type InvalidFormulaReason =
  | 'empty'
  | 'leading-equals'
  | 'too-long'
  | 'control-characters'
  | 'dde'
  | 'external-reference'
  | 'disallowed-function'

/**
 * Why `writeWorkbook` wrote nothing: a plain object with a kebab-case `code` and the context the
 * renderer needs to explain it (`sheet` is the requested name; `cell` an A1 address, or
 * `column C` for a column setting). All problems are collected.
 *
 * @example
 *   const issue: WorkbookWriteIssue = { code: 'non-finite-number', sheet: 'Báo cáo', cell: 'C7' }
 */
export type WorkbookWriteIssue =
  | { readonly code: 'no-sheets' }
  | { readonly code: 'no-visible-sheet' }
  | { readonly code: 'too-many-rows'; readonly sheet: string; readonly rows: number; readonly limit: number }
  | {
      readonly code: 'too-many-columns'
      readonly sheet: string
      readonly columns: number
      readonly limit: number
    }
  | {
      readonly code: 'text-too-long'
      readonly sheet: string
      readonly cell: string
      readonly length: number
      readonly limit: number
    }
  | { readonly code: 'non-finite-number'; readonly sheet: string; readonly cell: string }
  | { readonly code: 'invalid-date'; readonly sheet: string; readonly cell: string; readonly iso: string }
  | {
      readonly code: 'invalid-formula'
      readonly sheet: string
      readonly cell: string
      readonly reason: InvalidFormulaReason
    }
  | { readonly code: 'invalid-style'; readonly sheet: string; readonly cell: string; readonly field: string }
  | {
      readonly code: 'invalid-range'
      readonly sheet: string
      readonly range: string
      readonly field: 'merge' | 'validation' | 'validation-source' | 'auto-filter' | 'defined-name'
      readonly reason: 'syntax' | 'too-large'
    }
  | {
      readonly code: 'overlapping-merges'
      readonly sheet: string
      readonly ranges: readonly [string, string]
    }
  | {
      readonly code: 'merge-hides-value'
      readonly sheet: string
      readonly range: string
      readonly cell: string
    }
  | {
      readonly code: 'invalid-validation'
      readonly sheet: string
      readonly range: string
      readonly reason: InvalidValidationReason
    }
  | {
      readonly code: 'validation-text-too-long'
      readonly sheet: string
      readonly range: string
      readonly field: ValidationTextField
      readonly length: number
      readonly limit: number
    }
  | {
      readonly code: 'unknown-sheet'
      readonly sheet: string
      readonly field: 'validation-source' | 'defined-name'
    }
  | {
      readonly code: 'invalid-defined-name'
      readonly name: string
      readonly reason: 'syntax' | 'too-long' | 'looks-like-reference'
    }
  | { readonly code: 'duplicate-defined-name'; readonly name: string }
  | { readonly code: 'invalid-freeze'; readonly sheet: string }
  | {
      readonly code: 'invalid-page-setup'
      readonly sheet: string
      readonly field:
        | 'fit-to-width'
        | 'margins'
        | 'print-title-rows'
        | 'print-title-columns'
        | 'header'
        | 'footer'
        | 'row-height'
    }
  | { readonly code: 'invalid-font' }
  | { readonly code: 'invalid-created-date'; readonly created: string }
  | { readonly code: 'unwritable-workbook'; readonly message: string }
  | { readonly code: 'cancelled' }

/** Every `WorkbookWriteIssue` code, for the renderer's translation tests. @example workbookWriteIssueCodes.includes('no-sheets') // => true */
export const workbookWriteIssueCodes = [
  'no-sheets',
  'no-visible-sheet',
  'too-many-rows',
  'too-many-columns',
  'text-too-long',
  'non-finite-number',
  'invalid-date',
  'invalid-formula',
  'invalid-style',
  'invalid-range',
  'overlapping-merges',
  'merge-hides-value',
  'invalid-validation',
  'validation-text-too-long',
  'unknown-sheet',
  'invalid-defined-name',
  'duplicate-defined-name',
  'invalid-freeze',
  'invalid-page-setup',
  'invalid-font',
  'invalid-created-date',
  'unwritable-workbook',
  'cancelled',
] as const satisfies readonly WorkbookWriteIssue['code'][]

type UnlistedCode = Exclude<WorkbookWriteIssue['code'], (typeof workbookWriteIssueCodes)[number]>
void (true satisfies [UnlistedCode] extends [never] ? true : false)

/**
 * A change the writer made that the caller may want to show (nothing here blocks writing):
 * a sheet renamed to be valid and unique, or text sanitised (`place` is the cell address, the
 * validation range, or `creator`; `sheet` is the requested sheet name, `null` for the workbook).
 *
 * @example
 *   const change: WorkbookWriteChange = { kind: 'sheet-renamed', requested: 'Dept/Finance', written: 'Dept_Finance' }
 */
export type WorkbookWriteChange =
  | { readonly kind: 'sheet-renamed'; readonly requested: string; readonly written: string }
  | {
      readonly kind: 'text-changed'
      readonly sheet: string | null
      readonly place: string
      readonly reasons: readonly TextChangeReason[]
    }

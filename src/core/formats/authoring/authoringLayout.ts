import type { AuthoringSheetName } from './authoringTemplate'

/**
 * What a column holds, which decides how it is written (text format, wrapping, drop-down) and read:
 * `code` and `text` are text; `formula` is formula-language source (never an Excel formula);
 * `number` and `integer` are numbers (a decimal comma is accepted); `yes-no` is có/không;
 * `option` is one value of `options`; `list` is a readable list such as `4:20; 3:15`.
 *
 * @example
 *   const kind: AuthoringColumnKind = 'yes-no'
 */
export type AuthoringColumnKind =
  'code' | 'text' | 'formula' | 'number' | 'integer' | 'yes-no' | 'option' | 'list'

/** A help text in both languages (Vietnamese first: the workbook is for Vietnamese evaluators). @example const help: AuthoringHelp = { vi: 'Mã mục', en: 'Section code' } */
export type AuthoringHelp = { readonly vi: string; readonly en: string }

/**
 * One column of an authoring table sheet: `key` is the machine heading on row 2 (matched loosely,
 * see `normaliseAuthoringKey`), `label` the Vietnamese heading on row 1.
 *
 * @example
 *   const code: AuthoringColumn = { key: 'code', label: 'Mã', kind: 'code', isRequired: true, help: { vi: 'Mã mục', en: 'Section code' } }
 */
export type AuthoringColumn = {
  readonly key: string
  readonly label: string
  readonly kind: AuthoringColumnKind
  readonly help: AuthoringHelp
  readonly isRequired?: boolean
  /** The values offered in the drop-down (kind `option`). */
  readonly options?: readonly string[]
  /** A drop-down of the codes in another sheet's column (a warning, not a stop: new codes are fine). */
  readonly reference?: { readonly sheet: AuthoringSheetName; readonly key: string }
}

/**
 * One table sheet: `keyColumn` finds the heading row (the first row with that key) and marks a row
 * as data; a sheet that `isRequired` must be present.
 *
 * @example
 *   const bands: AuthoringSheetLayout = { sheet: 'bands', isRequired: false, keyColumn: 'code', help: { vi: '…', en: '…' }, columns: [] }
 */
export type AuthoringSheetLayout = {
  readonly sheet: AuthoringSheetName
  readonly isRequired: boolean
  readonly keyColumn: string
  readonly help: AuthoringHelp
  readonly columns: readonly AuthoringColumn[]
  /**
   * The framework list the rows make (`bands`), and the column whose heading an issue about the
   * whole list points at (`min_share` for "the last band must start at 0").
   */
  readonly list?: { readonly path: string; readonly column: string }
}

/**
 * The form in which sheet names, headings, setting keys and options are compared: trimmed, lower
 * case, NFC, without spaces, `_` and `-`. So `unitGroup`, `unit_group` and `Unit group` match.
 *
 * @example
 *   normaliseAuthoringKey(' Text_VI ') // => 'textvi'
 */
export function normaliseAuthoringKey(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
}

/**
 * Whether a heading names a column the reader skips on purpose: a note column (`note…`,
 * `ghi chú…`) or one starting with `#`.
 *
 * @example
 *   isIgnoredAuthoringHeading('Ghi chú') // => true
 *   isIgnoredAuthoringHeading('code') // => false
 */
export function isIgnoredAuthoringHeading(text: string): boolean {
  const key = normaliseAuthoringKey(text)
  return (
    text.trim().startsWith('#') ||
    key.startsWith('note') ||
    key.startsWith('ghichú') ||
    key.startsWith('ghichu')
  )
}

/**
 * The neutral, library-free picture of a workbook that every Excel feature reads: questionnaire
 * workbooks, the framework authoring workbook, results reports and bulk imports. Only
 * `core/excel/xlsx` turns bytes into this (and a `WorkbookSpec` into bytes); everything else maps
 * this plain data to and from the domain, so codec tests need no `.xlsx` at all.
 *
 * Arrays, not objects keyed by sheet name: a sheet called `__proto__` must never become a key.
 */

/**
 * Excel's three sheet states; `veryHidden` sheets can only be shown again from VBA.
 *
 * @example
 *   const state: SheetState = 'veryHidden'
 */
export type SheetState = 'visible' | 'hidden' | 'veryHidden'

/**
 * A date or date-time exactly as typed in Excel, with no time zone: `iso` is `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:mm:ss` / `YYYY-MM-DDTHH:mm:ss.sss` when the time of day is not midnight.
 *
 * @example
 *   const due: CellDate = { type: 'date', iso: '2024-01-31' }
 */
export type CellDate = { readonly type: 'date'; readonly iso: string }

/**
 * An Excel error value such as `#N/A` or `#DIV/0!`.
 *
 * @example
 *   const missing: CellError = { type: 'error', code: '#N/A' }
 */
export type CellError = { readonly type: 'error'; readonly code: string }

/**
 * The value a formula cell had when the file was last saved (the reader never evaluates).
 *
 * @example
 *   const result: FormulaResult = { type: 'error', code: '#DIV/0!' }
 */
export type FormulaResult = null | string | number | boolean | CellDate | CellError

/**
 * Formulas that are not plain cell formulas: a shared-formula clone whose master is missing
 * (`<f t="shared" si="77"/>`, its text unknown), a cell of an array formula's range, or of a
 * data table (`<f t="dataTable">`; its other cells carry only values in the file).
 *
 * @example
 *   const kind: FormulaKind = 'shared-without-master'
 */
export type FormulaKind = 'shared-without-master' | 'array' | 'data-table'

/**
 * A formula cell as read: its text without the leading `=`, and the cached result the sender's
 * program stored; `kind` for the special formulas of `FormulaKind` (absent for plain formulas and
 * resolved shared-formula clones). Formulas in answer cells are the codec's business to flag;
 * nothing evaluates them.
 *
 * @example
 *   const total: CellFormula = { type: 'formula', formula: 'SUM(B2:B4)', result: 7 }
 *   const orphan: CellFormula = { type: 'formula', formula: '', result: 5, kind: 'shared-without-master' }
 */
export type CellFormula = {
  readonly type: 'formula'
  readonly formula: string
  readonly result: FormulaResult
  readonly kind?: FormulaKind
}

/**
 * One cell. Shared, inline and rich-text strings are all plain strings; a hyperlink is its text;
 * numbers stored as text stay strings (the codec decides what they mean).
 *
 * @example
 *   const cells: CellValue[] = [null, 'Sở TT&TT', 42, true, { type: 'date', iso: '2024-01-31' }]
 */
export type CellValue = null | string | number | boolean | CellDate | CellFormula | CellError

/**
 * One worksheet. `rows[r][c]` is the cell at row `r + 1`, column `c + 1` (so `rows[0][0]` is A1);
 * rows and each row are dense up to their last non-empty cell and may be shorter than others.
 * Cells covered by a merge, other than its top-left cell, read as `null`.
 *
 * @example
 *   const sheet: Sheet = {
 *     name: 'Trả lời', state: 'visible', isProtected: true,
 *     rows: [['Mã', 'Giá trị'], ['Q1', 3]], unlockedCells: ['B2'], merges: [],
 *   }
 */
export type Sheet = {
  readonly name: string
  readonly state: SheetState
  readonly rows: readonly (readonly CellValue[])[]
  /** The sheet has protection switched on (with or without a password). */
  readonly isProtected: boolean
  /** A1 addresses of stored cells whose style unlocks them (cells a protected sheet lets users edit). */
  readonly unlockedCells: readonly string[]
  /** Merged ranges such as `A1:C1`. */
  readonly merges: readonly string[]
}

/**
 * A whole workbook: its worksheets in tab order (chart sheets are left out).
 *
 * @example
 *   const workbook: SheetWorkbook = { sheets: [] }
 */
export type SheetWorkbook = { readonly sheets: readonly Sheet[] }

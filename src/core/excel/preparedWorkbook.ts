import type { SheetNameAssignment } from './assignSheetNames'
import type { PreparedPage } from './preparePageSetup'
import type { SheetState } from './sheetWorkbook'
import type { CellStyle, RowHeightSpec, SheetImageSpec, SheetProtectionAllowance } from './workbookSpec'
import type { WorkbookWriteChange } from './workbookWriteIssue'

/**
 * A cell value checked and sanitised for writing. `isNeutralised` text starts with the apostrophe
 * `neutraliseFormulaText` added (and is written with the Text number format `@`).
 *
 * @example
 *   const value: PreparedValue = { kind: 'text', text: "'=1+1", isNeutralised: true }
 */
export type PreparedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly isNeutralised: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly utcMilliseconds: number; readonly hasTime: boolean }
  | { readonly kind: 'formula'; readonly formula: string; readonly result: null | string | number | boolean }

/**
 * One non-empty or styled cell, 1-based.
 *
 * @example
 *   const cell: PreparedCell = { row: 2, column: 3, value: { kind: 'empty' }, style: { locked: false } }
 */
export type PreparedCell = {
  readonly row: number
  readonly column: number
  readonly value: PreparedValue
  readonly style: CellStyle | undefined
}

/**
 * A validation in the terms xlsx uses: `formulae` are numbers, or formula text for lists.
 *
 * @example
 *   prepared.sheets[0]?.validations[0]?.formulae // => ['"Có,Không"']
 */
export type PreparedValidation = {
  readonly range: string
  readonly type: 'list' | 'whole' | 'decimal' | 'date' | 'textLength'
  readonly operator: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual' | null
  readonly formulae: readonly (string | number)[]
  readonly allowBlank: boolean
  readonly prompt: { readonly title: string; readonly message: string } | null
  readonly error: {
    readonly title: string
    readonly message: string
    readonly style: 'stop' | 'warning' | 'information'
  }
}

/**
 * A sheet ready for the adapter: final name, cells in row order, ranges in canonical A1 form.
 *
 * @example
 *   prepared.sheets.map((sheet) => sheet.name) // => ['Báo cáo']
 */
export type PreparedSheet = {
  readonly name: string
  readonly requestedName: string
  readonly state: SheetState
  readonly columns: readonly {
    readonly width: number | null
    readonly hidden: boolean
    readonly style: CellStyle | undefined
  }[]
  readonly cells: readonly PreparedCell[]
  readonly merges: readonly string[]
  readonly validations: readonly PreparedValidation[]
  readonly freeze: { readonly rows: number; readonly columns: number } | null
  readonly autoFilter: string | null
  readonly protection: { readonly allow: readonly SheetProtectionAllowance[] } | null
  /** PNG pictures, checked (signature, placement, size); absent when the sheet has none. */
  readonly images?: readonly SheetImageSpec[]
  /** How it prints; `null`: the program's defaults. */
  readonly page: PreparedPage | null
  readonly rowHeights: readonly RowHeightSpec[]
}

/**
 * A `WorkbookSpec` after `prepareWorkbookSpec`: everything the adapter writes, plus the sheet-name
 * mapping and the changes made.
 *
 * @example
 *   const names = prepared.sheetNames.map((entry) => entry.written)
 */
export type PreparedWorkbook = {
  readonly sheets: readonly PreparedSheet[]
  /** `formula` is a sheet reference such as `'Danh mục'!$A$2:$A$80`. */
  readonly definedNames: readonly { readonly name: string; readonly formula: string }[]
  readonly font: { readonly name: string; readonly size: number }
  readonly creator: string
  readonly createdMilliseconds: number
  readonly formulaCount: number
  readonly sheetNames: readonly SheetNameAssignment[]
  readonly changes: readonly WorkbookWriteChange[]
}

import type { CellDate, SheetState } from './sheetWorkbook'

/**
 * A formula written by our own code (a template total, a score cell), never built from user text:
 * user text always goes in as a string. The codec keeps the allowlist; the writer still refuses
 * DDE (`|`), external references (`[1]Sheet!A1`) and functions that reach outside the file.
 *
 * @example
 *   const total: TemplateFormula = { type: 'formula', formula: 'SUM(C2:C9)', result: 0 }
 */
export type TemplateFormula = {
  readonly type: 'formula'
  /** Without the leading `=`. */
  readonly formula: string
  /** The cached value programs show before they recalculate (Excel recalculates on open). */
  readonly result?: null | string | number | boolean
}

/**
 * What a cell can hold when written. Strings are always string cells (see `writeWorkbook` for the
 * formula-injection guard); `''` writes an empty cell; dates are calendar dates (`CellDate.iso`).
 *
 * @example
 *   const values: WritableCellValue[] = ['=1+1', -3.5, false, { type: 'date', iso: '2025-06-30' }, null]
 */
export type WritableCellValue = null | string | number | boolean | CellDate | TemplateFormula

/**
 * Style hints. Fonts use the workbook font (`WorkbookSpec.font`); colours are `RRGGBB` hex.
 * `header` is bold on a light grey fill with a thin border, wrapped and vertically centred.
 * `locked: false` marks a cell a protected sheet lets users edit (Excel locks every cell by default).
 *
 * @example
 *   const answerCell: CellStyle = { locked: false, fill: 'FFF2CC', border: true }
 */
export type CellStyle = {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly header?: boolean
  readonly wrap?: boolean
  readonly numberFormat?: string
  readonly fill?: string
  readonly fontColor?: string
  readonly fontSize?: number
  readonly horizontal?: 'left' | 'center' | 'right'
  readonly vertical?: 'top' | 'middle' | 'bottom'
  readonly border?: boolean
  readonly locked?: boolean
}

/**
 * A value with style hints; a bare `WritableCellValue` is the same with no style.
 *
 * @example
 *   const cell: StyledCell = { value: null, style: { locked: false } }
 */
export type StyledCell = { readonly value: WritableCellValue; readonly style?: CellStyle }

/** One cell of a row in a `SheetSpec`. @example const cells: SpecCell[] = ['Mã', { value: 3, style: { bold: true } }] */
export type SpecCell = WritableCellValue | StyledCell

/**
 * Column settings, by position (index 0 is column A). `style` applies to cells typed later into
 * the column, e.g. `{ locked: false }` for a whole answer column.
 *
 * @example
 *   const columns: ColumnSpec[] = [{ width: 12 }, { width: 60, style: { wrap: true } }]
 */
export type ColumnSpec = { readonly width?: number; readonly hidden?: boolean; readonly style?: CellStyle }

/**
 * A data-validation rule. `list` takes explicit values (no `,` or `"`, at most 255 characters in
 * total; use `list-range` for longer lists); `list-range` names a range on a sheet of this spec by
 * its requested name (the writer follows any renaming). Bounds are inclusive; at least one is needed.
 *
 * @example
 *   const yesNo: ValidationRule = { kind: 'list', values: ['Có', 'Không'] }
 *   const percent: ValidationRule = { kind: 'decimal', min: 0, max: 100 }
 */
export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'list-range'; readonly sheet: string; readonly range: string }
  | { readonly kind: 'whole' | 'decimal'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'date'; readonly min?: string; readonly max?: string }
  | { readonly kind: 'text-length'; readonly min?: number; readonly max?: number }

/**
 * A validation on a range of this sheet, with the input prompt and the error alert Excel shows.
 * Excel limits titles to 32 characters and messages to 255.
 *
 * @example
 *   const rule: DataValidationSpec = {
 *     range: 'C2:C40', rule: { kind: 'whole', min: 0 },
 *     prompt: { message: 'Nhập số nguyên không âm' }, error: { message: 'Phải là số nguyên ≥ 0' },
 *   }
 */
export type DataValidationSpec = {
  readonly range: string
  readonly rule: ValidationRule
  /** Default `true`: an empty cell passes. */
  readonly allowBlank?: boolean
  readonly prompt?: { readonly title?: string; readonly message: string }
  readonly error?: {
    readonly title?: string
    readonly message: string
    readonly style?: 'stop' | 'warning' | 'information'
  }
}

/**
 * What users may still do on a protected sheet, besides selecting cells and editing unlocked ones.
 *
 * @example
 *   const allow: SheetProtectionAllowance[] = ['formatColumns', 'autoFilter']
 */
export type SheetProtectionAllowance =
  'formatCells' | 'formatColumns' | 'formatRows' | 'insertRows' | 'deleteRows' | 'sort' | 'autoFilter'

/**
 * Sheet protection without a password: guidance against accidental edits, not security.
 *
 * @example
 *   const protection: SheetProtectionSpec = { allow: ['formatColumns', 'autoFilter'] }
 */
export type SheetProtectionSpec = { readonly allow?: readonly SheetProtectionAllowance[] }

/**
 * A PNG picture placed on a sheet (a chart drawn by the app), its top-left corner at a 0-based
 * row and column, its size in pixels. Pictures come from the app's own drawing code, never from
 * an imported file.
 *
 * @example
 *   const chart: SheetImageSpec = { png, row: 2, column: 0, width: 900, height: 480 }
 */
export type SheetImageSpec = {
  readonly png: Uint8Array
  readonly row: number
  readonly column: number
  readonly width: number
  readonly height: number
}

/**
 * A piece of a printed header or footer: text as it is (an `&` prints as `&`), or the page number
 * or the page count, filled in by the program that prints.
 *
 * @example
 *   const footer: HeaderFooterPart[] = ['Trang ', { field: 'page' }, '/', { field: 'pages' }]
 */
export type HeaderFooterPart = string | { readonly field: 'page' | 'pages' }

/**
 * A printed header or footer in its three places. Excel allows 255 characters in all.
 *
 * @example
 *   const header: HeaderFooterSpec = { center: ['Kết quả đánh giá năm 2026'] }
 */
export type HeaderFooterSpec = {
  readonly left?: readonly HeaderFooterPart[]
  readonly center?: readonly HeaderFooterPart[]
  readonly right?: readonly HeaderFooterPart[]
}

/**
 * How a sheet prints: always on A4, in the given orientation, scaled to `fitToWidth` pages wide
 * (default 1) and as many pages tall as needed; `printTitleRows` (1-based, inclusive) repeat at the
 * top of every page, `printTitleColumns` at its left. Margins are in millimetres.
 *
 * @example
 *   const page: PageSetupSpec = {
 *     orientation: 'landscape', printTitleRows: { first: 5, last: 5 },
 *     margins: { top: 30, bottom: 20, left: 20, right: 15, header: 10, footer: 10 },
 *     footer: { center: ['Trang ', { field: 'page' }, '/', { field: 'pages' }] },
 *   }
 */
export type PageSetupSpec = {
  readonly orientation: 'portrait' | 'landscape'
  readonly fitToWidth?: number
  readonly margins?: {
    readonly top: number
    readonly bottom: number
    readonly left: number
    readonly right: number
    readonly header: number
    readonly footer: number
  }
  readonly printTitleRows?: { readonly first: number; readonly last: number }
  /** Columns (1-based, inclusive) repeated at the left of every page, for tables more than one page wide. */
  readonly printTitleColumns?: { readonly first: number; readonly last: number }
  readonly header?: HeaderFooterSpec
  readonly footer?: HeaderFooterSpec
}

/**
 * The height of one row, in points (1-based row).
 *
 * @example
 *   const tall: RowHeightSpec = { row: 5, height: 64 }
 */
export type RowHeightSpec = { readonly row: number; readonly height: number }

/**
 * One sheet to write. `name` is sanitised and made unique (see `prepareWorkbookSpec`).
 *
 * @example
 *   const sheet: SheetSpec = { name: 'Danh mục', state: 'hidden', rows: [['Có'], ['Không']] }
 */
export type SheetSpec = {
  readonly name: string
  readonly state?: SheetState
  readonly columns?: readonly ColumnSpec[]
  readonly rows: readonly (readonly SpecCell[])[]
  readonly merges?: readonly string[]
  readonly validations?: readonly DataValidationSpec[]
  /** Rows at the top and columns at the left that stay in view. */
  readonly freeze?: { readonly rows?: number; readonly columns?: number }
  readonly autoFilter?: string
  readonly protection?: SheetProtectionSpec
  readonly images?: readonly SheetImageSpec[]
  /** How the sheet prints; absent: the program's defaults. */
  readonly page?: PageSetupSpec
  readonly rowHeights?: readonly RowHeightSpec[]
}

/**
 * A workbook-level name for a range on a sheet of this spec (by requested sheet name).
 *
 * @example
 *   const name: DefinedNameSpec = { name: 'DanhSachDonVi', sheet: 'Danh mục', range: 'A2:A80' }
 */
export type DefinedNameSpec = { readonly name: string; readonly sheet: string; readonly range: string }

/**
 * Everything `writeWorkbook` writes. Plain data: it survives IPC and can be built in tests.
 * `font` defaults to Times New Roman 12, the font of these government workbooks.
 * `properties.created` is an ISO date-time (default: now).
 *
 * @example
 *   const spec: WorkbookSpec = {
 *     sheets: [{ name: 'Báo cáo', rows: [[{ value: 'Đơn vị', style: { header: true } }], ['Sở Tài chính']] }],
 *     properties: { creator: 'ICT Index Workbench', created: '2025-01-15T08:00:00Z' },
 *   }
 */
export type WorkbookSpec = {
  readonly sheets: readonly SheetSpec[]
  readonly definedNames?: readonly DefinedNameSpec[]
  readonly font?: { readonly name: string; readonly size: number }
  readonly properties?: { readonly creator?: string; readonly created?: string }
}

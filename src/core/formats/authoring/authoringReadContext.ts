import type { CellValue } from '@core/excel/sheetWorkbook'
import type { AuthoringIssue } from './authoringIssue'

/**
 * A place in the workbook: a sheet name as the workbook spells it and an A1 address.
 *
 * @example
 *   const where: CellLocation = { sheet: 'questions', cell: 'C7' }
 */
export type CellLocation = { readonly sheet: string; readonly cell: string }

/**
 * What a read collects: every issue, and for each framework path it filled (`questions[3].min`)
 * the cell it came from, so that framework validation issues can be pointed at a cell.
 *
 * @example
 *   const context: AuthoringReadContext = { issues: [], sources: new Map() }
 */
export type AuthoringReadContext = {
  readonly issues: AuthoringIssue[]
  readonly sources: Map<string, CellLocation>
}

/**
 * Where a field reader takes values from: one row of a table sheet (keys are column keys) or the
 * key/value rows of the `settings` sheet (keys are setting keys).
 *
 * @example
 *   const source: AuthoringFieldSource = { sheet: 'bands', value: () => null, cell: () => 'A3', missing: () => null }
 */
export type AuthoringFieldSource = {
  readonly sheet: string
  /** The cell of `key`; `undefined` when the column or setting row is absent. */
  readonly value: (key: string) => CellValue | undefined
  /** The A1 address of `key`'s cell; `undefined` when the column or setting row is absent. */
  readonly cell: (key: string) => string | undefined
  /** The issue for a required `key` left empty (`null` when already reported, e.g. a missing column). */
  readonly missing: (key: string) => AuthoringIssue | null
}

/**
 * The static type of a formula or sub-formula. `choices` is a multi-choice answer, `table` a table
 * question (only `count`, `sum` and `countif` can read it), and `any` matches every type (used for
 * references whose type is open or unknown, so one bad code does not cascade into more issues).
 *
 * @example
 *   const type: FormulaType = 'number'
 */
export type FormulaType = 'number' | 'boolean' | 'text' | 'choices' | 'table' | 'any'

/**
 * How `checkFormulaTypes` learns what codes mean in a framework.
 *
 * - `question(code)`: the type of a question's answer (`'table'` is allowed for a table
 *   question), `undefined` for an unknown code;
 * - `tableColumn(table, column)`: the type of a column, `undefined` for an unknown column;
 * - `isTable(code)`: whether `code` is a table question.
 *
 * @example
 *   const resolver: ReferenceResolver = {
 *     question: (code) => ({ MayTinh: 'number', HasPhongCNTT: 'boolean' } as const)[code],
 *     tableColumn: (table, column) => (table === 'Apps' && column === 'Status' ? 'text' : undefined),
 *     isTable: (code) => code === 'Apps',
 *   }
 */
export type ReferenceResolver = {
  readonly question: (code: string) => FormulaType | undefined
  readonly tableColumn: (table: string, column: string) => FormulaType | undefined
  readonly isTable: (code: string) => boolean
}

/**
 * A problem found by `checkFormulaTypes`, at a 0-based position in the source (see `FormulaNode`
 * for which character a node's position names). `name` of an unknown column is `table.column`.
 * `expected: 'any'` means "any value but a table".
 *
 * @example
 *   const issue: FormulaTypeIssue = { code: 'formula-type-mismatch', position: 4, expected: 'number', found: 'text' }
 */
export type FormulaTypeIssue =
  | { readonly code: 'formula-unknown-reference'; readonly name: string; readonly position: number }
  | {
      readonly code: 'formula-type-mismatch'
      readonly position: number
      readonly expected: FormulaType
      readonly found: FormulaType
    }

/**
 * The result of evaluating a formula; `null` means missing (an unanswered question, a division by
 * zero, an operand of the wrong kind, or a non-finite result). Never `NaN` or `Infinity`.
 *
 * @example
 *   const ratio: FormulaValue = 0.75
 *   const unanswered: FormulaValue = null
 */
export type FormulaValue = number | boolean | string | null

/**
 * One row of a table question, by column code; `null` or `undefined` is an empty cell.
 *
 * @example
 *   const row: FormulaRow = { Name: 'Một cửa', Status: 'dang-dung', Users: 40 }
 */
export type FormulaRow = Readonly<Record<string, number | boolean | string | null | undefined>>

/**
 * Where a formula reads answers: `value` returns a question's answer (a yes-no answer as boolean,
 * a multi-choice answer as the list of chosen values, `null`/`undefined` when missing); `rows`
 * returns a table question's rows (`undefined` when the table is missing).
 *
 * Why functions and not maps: scoring can resolve appraised values, previous-year values or
 * relevance lazily without building a copy per formula.
 *
 * @example
 *   const scope: FormulaScope = {
 *     value: (code) => ({ MayTinh: 120, SoCBCC: 100, HasPhongCNTT: true })[code],
 *     rows: (table) => (table === 'Apps' ? [{ Status: 'dang-dung' }] : undefined),
 *   }
 */
export type FormulaScope = {
  readonly value: (code: string) => number | boolean | string | readonly string[] | null | undefined
  readonly rows: (table: string) => readonly FormulaRow[] | undefined
}

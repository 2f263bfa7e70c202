import { assertNever } from '@core/result'
import type { FormulaColumnNode, FormulaNode } from './formulaNode'

/**
 * The codes a formula reads, each list deduplicated in order of first appearance.
 *
 * - `questions`: codes used as values (`MayTinh` in `MayTinh / SoCBCC`).
 * - `tables`: codes whose rows are read: the table of every `table.column`, and the argument of
 *   `count(X)`. `count(X)` also counts the items of a multi-choice question, which the syntax
 *   cannot tell apart from a table, so `X` may turn out to be a multi-choice question code;
 *   validation must accept either there (`checkFormulaTypes` does).
 * - `tableColumns`: every `table.column` (inside `sum` and `countif`).
 *
 * Why: framework validation reports unknown references and builds the dependency graph (relevance
 * conditions and indicators reading each other) to refuse cycles.
 *
 * @example
 *   collectReferences(parsed('countif(Apps.Status, "x") + count(Staff) / SoCBCC'))
 *   // => { questions: ['SoCBCC'], tables: ['Apps', 'Staff'], tableColumns: [{ table: 'Apps', column: 'Status' }] }
 */
export function collectReferences(node: FormulaNode): {
  questions: string[]
  tables: string[]
  tableColumns: { table: string; column: string }[]
} {
  const questions = new Set<string>()
  const tables = new Set<string>()
  const tableColumns = new Map<string, { table: string; column: string }>()
  const addColumn = (column: FormulaColumnNode): void => {
    tables.add(column.table)
    const key = `${column.table}.${column.column}`
    if (!tableColumns.has(key)) tableColumns.set(key, { table: column.table, column: column.column })
  }
  const visit = (current: FormulaNode): void => {
    switch (current.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return
      case 'reference':
        questions.add(current.name)
        return
      case 'unary':
        return visit(current.operand)
      case 'binary':
        visit(current.left)
        return visit(current.right)
      case 'call':
        if (current.name === 'count') {
          tables.add(current.args[0].name)
          return
        }
        for (const argument of current.args) {
          if (argument.kind === 'column') addColumn(argument)
          else visit(argument)
        }
        return
      default:
        return assertNever(current)
    }
  }
  visit(node)
  return { questions: [...questions], tables: [...tables], tableColumns: [...tableColumns.values()] }
}

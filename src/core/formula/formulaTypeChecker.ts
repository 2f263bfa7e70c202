import type { FormulaColumnNode, FormulaNode } from './formulaNode'
import type { FormulaType, FormulaTypeIssue, ReferenceResolver } from './formulaType'

/**
 * The state of one `checkFormulaTypes` run: the framework's resolver, the issues found so far, and
 * `infer` to type a sub-formula. Shared by the operator and function rules.
 *
 * @example
 *   const type = checker.infer(node.left)
 */
export type FormulaTypeChecker = {
  readonly resolver: ReferenceResolver
  readonly issues: FormulaTypeIssue[]
  readonly infer: (node: FormulaNode) => FormulaType
}

/** A type found at a position. @example const typed: TypedPosition = { position: 0, type: 'text' } */
export type TypedPosition = { readonly position: number; readonly type: FormulaType }

/** Types usable as numbers (a yes-no answer counts as 1/0). @example NUMERIC_TYPES.includes('boolean') // => true */
export const NUMERIC_TYPES: readonly FormulaType[] = ['number', 'boolean', 'any']

/** Types usable as conditions; numbers are not. @example BOOLEAN_TYPES.includes('number') // => false */
export const BOOLEAN_TYPES: readonly FormulaType[] = ['boolean', 'any']

/**
 * Infers `node` and records a mismatch unless its type is one of `accepted`.
 *
 * @example
 *   requireType(checker, node.operand, NUMERIC_TYPES, 'number')
 */
export function requireType(
  checker: FormulaTypeChecker,
  node: FormulaNode,
  accepted: readonly FormulaType[],
  expected: FormulaType,
): FormulaType {
  const found = checker.infer(node)
  if (!accepted.includes(found))
    checker.issues.push({ code: 'formula-type-mismatch', position: node.position, expected, found })
  return found
}

/**
 * Records a mismatch unless two sides can be compared with `=`: numbers with booleans, text with
 * multi-choice answers, `any` with every value; a table with nothing.
 *
 * @example
 *   requireComparable(checker, { position: 0, type: 'choices' }, { position: 4, type: 'text' }) // no issue
 */
export function requireComparable(
  checker: FormulaTypeChecker,
  left: TypedPosition,
  right: TypedPosition,
): void {
  const mismatch = (at: TypedPosition, expected: FormulaType): void => {
    checker.issues.push({ code: 'formula-type-mismatch', position: at.position, expected, found: at.type })
  }
  if (left.type === 'table') return mismatch(left, right.type === 'table' ? 'any' : right.type)
  if (right.type === 'table') return mismatch(right, left.type)
  if (left.type === 'any' || right.type === 'any') return
  if (typeFamily(left.type) !== typeFamily(right.type)) mismatch(right, left.type)
}

/**
 * The type of a question code used as a value; records an unknown reference (typed `any`).
 *
 * @example
 *   resolveQuestion(checker, 'SoCBCC', 10) // => 'number'
 */
export function resolveQuestion(checker: FormulaTypeChecker, code: string, position: number): FormulaType {
  const type = checker.resolver.question(code)
  if (type !== undefined) return type
  if (checker.resolver.isTable(code)) return 'table'
  checker.issues.push({ code: 'formula-unknown-reference', name: code, position })
  return 'any'
}

/**
 * The type of a `table.column`; records an unknown table or column, or a non-table code.
 *
 * @example
 *   resolveColumn(checker, { kind: 'column', table: 'Apps', column: 'Status', position: 8 }) // => 'text'
 */
export function resolveColumn(checker: FormulaTypeChecker, column: FormulaColumnNode): FormulaType {
  const { resolver, issues } = checker
  if (!isTableCode(resolver, column.table)) {
    const type = resolver.question(column.table)
    if (type === undefined)
      issues.push({ code: 'formula-unknown-reference', name: column.table, position: column.position })
    else if (type !== 'any')
      issues.push({
        code: 'formula-type-mismatch',
        position: column.position,
        expected: 'table',
        found: type,
      })
    return 'any'
  }
  const type = resolver.tableColumn(column.table, column.column)
  if (type !== undefined) return type
  issues.push({
    code: 'formula-unknown-reference',
    name: `${column.table}.${column.column}`,
    position: column.position,
  })
  return 'any'
}

/** Whether the resolver knows `code` as a table. @example isTableCode(resolver, 'Apps') // => true */
export function isTableCode(resolver: ReferenceResolver, code: string): boolean {
  return resolver.isTable(code) || resolver.question(code) === 'table'
}

function typeFamily(type: FormulaType): 'numeric' | 'textual' | FormulaType {
  if (type === 'number' || type === 'boolean') return 'numeric'
  if (type === 'text' || type === 'choices') return 'textual'
  return type
}

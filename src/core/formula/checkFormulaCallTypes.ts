import { assertNever } from '@core/result'
import type { FormulaCallNode, FormulaNode, FormulaReferenceNode } from './formulaNode'
import type { FormulaType } from './formulaType'
import {
  BOOLEAN_TYPES,
  isTableCode,
  NUMERIC_TYPES,
  requireComparable,
  requireType,
  resolveColumn,
  type FormulaTypeChecker,
} from './formulaTypeChecker'

/**
 * Type rules of the built-in functions (see `checkFormulaTypes`); records issues on `checker` and
 * returns the call's type.
 *
 * @example
 *   checkFormulaCallTypes(parsed('sum(Apps.Users)'), checker) // => 'number'
 */
export function checkFormulaCallTypes(node: FormulaCallNode, checker: FormulaTypeChecker): FormulaType {
  switch (node.name) {
    case 'if': {
      const [condition, whenTrue, whenFalse] = node.args
      requireType(checker, condition, BOOLEAN_TYPES, 'boolean')
      return unifyBranches(checker, checker.infer(whenTrue), whenFalse)
    }
    case 'min':
    case 'max':
    case 'abs':
    case 'round':
      for (const argument of node.args) requireType(checker, argument, NUMERIC_TYPES, 'number')
      return 'number'
    case 'sum': {
      const column = node.args[0]
      const found = resolveColumn(checker, column)
      if (!NUMERIC_TYPES.includes(found)) {
        checker.issues.push({
          code: 'formula-type-mismatch',
          position: column.position,
          expected: 'number',
          found,
        })
      }
      return 'number'
    }
    case 'count':
      checkCountTarget(checker, node.args[0])
      return 'number'
    case 'countif': {
      const [column, wanted] = node.args
      const columnType = { position: column.position, type: resolveColumn(checker, column) }
      requireComparable(checker, columnType, { position: wanted.position, type: checker.infer(wanted) })
      return 'number'
    }
    default:
      return assertNever(node)
  }
}

/** Both branches must be the same kind; a number and a boolean make a number. */
function unifyBranches(
  checker: FormulaTypeChecker,
  whenTrue: FormulaType,
  whenFalseNode: FormulaNode,
): FormulaType {
  const whenFalse = checker.infer(whenFalseNode)
  if (whenTrue === whenFalse) return whenTrue
  if (whenTrue === 'any' || whenFalse === 'any') return 'any'
  if (NUMERIC_TYPES.includes(whenTrue) && NUMERIC_TYPES.includes(whenFalse)) return 'number'
  checker.issues.push({
    code: 'formula-type-mismatch',
    position: whenFalseNode.position,
    expected: whenTrue,
    found: whenFalse,
  })
  return 'any'
}

/** `count(X)`: rows of a table, or the chosen items of a multi-choice question. */
function checkCountTarget(checker: FormulaTypeChecker, target: FormulaReferenceNode): void {
  const { resolver, issues } = checker
  if (isTableCode(resolver, target.name)) return
  const type = resolver.question(target.name)
  if (type === undefined) {
    issues.push({ code: 'formula-unknown-reference', name: target.name, position: target.position })
  } else if (type !== 'choices' && type !== 'any') {
    issues.push({ code: 'formula-type-mismatch', position: target.position, expected: 'table', found: type })
  }
}

import { assertNever, err, ok, type Result } from '@core/result'
import { checkFormulaCallTypes } from './checkFormulaCallTypes'
import type { FormulaBinaryNode, FormulaNode } from './formulaNode'
import type { FormulaType, FormulaTypeIssue, ReferenceResolver } from './formulaType'
import {
  BOOLEAN_TYPES,
  NUMERIC_TYPES,
  requireComparable,
  requireType,
  resolveQuestion,
  type FormulaTypeChecker,
} from './formulaTypeChecker'

export type { FormulaType, FormulaTypeIssue, ReferenceResolver } from './formulaType'

/**
 * Checks a parsed formula against a framework's codes and returns its result type, or every issue
 * found (unknown codes and type mismatches, all at once).
 *
 * Why static: a framework author learns about `MayTinh + "abc"` or a misspelt code when saving the
 * framework, not when the first unit's score comes out missing. Rules:
 * - `+ - * /`, unary `- +`, `< <= > >=`: numbers (a boolean counts as a number);
 * - `and`, `or`, `not`, an `if` condition: booleans (a number is refused: compare it, `n > 0`);
 * - `=`, `!=`: same kind: numbers with booleans, text with multi-choice answers;
 * - `if` branches agree (number and boolean mix to number);
 * - `sum(T.c)` needs a numeric column; `count(X)` a table or a multi-choice question;
 *   `countif(T.c, v)` a `v` comparable with the column;
 * - `any` matches everything; an unknown code is reported once and typed `any`.
 *
 * @example
 *   checkFormulaTypes(parsed('MayTinh / SoCBCC'), resolver) // => ok('number')
 *   checkFormulaTypes(parsed('Ten + 1'), resolver)
 *   // => err([{ code: 'formula-type-mismatch', position: 0, expected: 'number', found: 'text' }])
 */
export function checkFormulaTypes(
  node: FormulaNode,
  resolver: ReferenceResolver,
): Result<FormulaType, readonly FormulaTypeIssue[]> {
  const issues: FormulaTypeIssue[] = []
  const checker: FormulaTypeChecker = { resolver, issues, infer: (child) => inferType(child, checker) }
  const type = checker.infer(node)
  return issues.length === 0 ? ok(type) : err(issues)
}

function inferType(node: FormulaNode, checker: FormulaTypeChecker): FormulaType {
  switch (node.kind) {
    case 'number':
      return 'number'
    case 'string':
      return 'text'
    case 'boolean':
      return 'boolean'
    case 'reference':
      return resolveQuestion(checker, node.name, node.position)
    case 'unary':
      if (node.operator === 'not') {
        requireType(checker, node.operand, BOOLEAN_TYPES, 'boolean')
        return 'boolean'
      }
      requireType(checker, node.operand, NUMERIC_TYPES, 'number')
      return 'number'
    case 'binary':
      return inferBinaryType(node, checker)
    case 'call':
      return checkFormulaCallTypes(node, checker)
    default:
      return assertNever(node)
  }
}

function inferBinaryType(node: FormulaBinaryNode, checker: FormulaTypeChecker): FormulaType {
  switch (node.operator) {
    case 'and':
    case 'or':
      requireType(checker, node.left, BOOLEAN_TYPES, 'boolean')
      requireType(checker, node.right, BOOLEAN_TYPES, 'boolean')
      return 'boolean'
    case '=':
    case '!=': {
      const left = { position: node.left.position, type: checker.infer(node.left) }
      const right = { position: node.right.position, type: checker.infer(node.right) }
      requireComparable(checker, left, right)
      return 'boolean'
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      requireType(checker, node.left, NUMERIC_TYPES, 'number')
      requireType(checker, node.right, NUMERIC_TYPES, 'number')
      return 'boolean'
    case '+':
    case '-':
    case '*':
    case '/':
      requireType(checker, node.left, NUMERIC_TYPES, 'number')
      requireType(checker, node.right, NUMERIC_TYPES, 'number')
      return 'number'
    default:
      return assertNever(node.operator)
  }
}

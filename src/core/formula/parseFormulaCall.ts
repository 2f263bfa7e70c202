import { err, ok, type Result } from '@core/result'
import { expectSymbol, nested, nextToken, peekToken, type FormulaCursor } from './formulaCursor'
import type {
  FormulaCallNode,
  FormulaColumnNode,
  FormulaFunctionName,
  FormulaNode,
  FormulaReferenceNode,
} from './formulaNode'
import { formulaSyntaxError, type FormulaSyntaxError } from './formulaSyntaxError'
import { isSymbol, type FormulaToken } from './tokenizeFormula'

type Argument = FormulaNode | FormulaColumnNode
type Parsed<T> = Result<T, FormulaSyntaxError>
type FirstArgument = 'value' | 'column' | 'table'
type Signature = { readonly first: FirstArgument; readonly expected: string }

const SIGNATURES: ReadonlyMap<string, Signature & { readonly name: FormulaFunctionName }> = new Map(
  (
    [
      ['if', 'value', '3 arguments'],
      ['min', 'value', 'at least 1 argument'],
      ['max', 'value', 'at least 1 argument'],
      ['abs', 'value', '1 argument'],
      ['round', 'value', '1 or 2 arguments'],
      ['sum', 'column', '1 argument'],
      ['count', 'table', '1 argument'],
      ['countif', 'column', '2 arguments'],
    ] as const
  ).map(([name, first, expected]) => [name, { name, first, expected }]),
)

/**
 * Parses a built-in function call whose name token has just been read (`if` is a keyword, the
 * others are identifiers; all case-insensitive).
 *
 * Why its own module: each function has a fixed arity and `sum`/`countif` take a `table.column`
 * and `count` a bare code as first argument; those checks become syntax errors here, so the
 * resulting node is well-formed by type. `parseValue` parses an ordinary argument expression.
 *
 * @example
 *   // after reading the name token of 'countif(Apps.Status, "dang-dung")'
 *   parseFormulaCall(cursor, nameToken, parseOr) // => ok({ kind: 'call', name: 'countif', args: [column, string], … })
 */
export function parseFormulaCall(
  cursor: FormulaCursor,
  nameToken: FormulaToken,
  parseValue: (cursor: FormulaCursor) => Parsed<FormulaNode>,
): Parsed<FormulaCallNode> {
  const signature = SIGNATURES.get(nameToken.text.toLowerCase())
  if (signature === undefined) {
    const expected = `a known function (${[...SIGNATURES.keys()].join(', ')})`
    return err(formulaSyntaxError(nameToken.position, expected, nameToken.text))
  }
  const opening = expectSymbol(cursor, '(')
  if (!opening.ok) return opening
  return nested(cursor, nameToken, () => {
    const args = parseArguments(cursor, signature.first, parseValue)
    if (!args.ok) return args
    const call = buildCall(signature.name, args.value, nameToken.position)
    if (call !== undefined) return ok(call)
    return err(formulaSyntaxError(nameToken.position, signature.expected, describeCount(args.value.length)))
  })
}

function parseArguments(
  cursor: FormulaCursor,
  first: FirstArgument,
  parseValue: (cursor: FormulaCursor) => Parsed<FormulaNode>,
): Parsed<readonly Argument[]> {
  const args: Argument[] = []
  if (isSymbol(peekToken(cursor), ')')) {
    nextToken(cursor)
    return ok(args)
  }
  for (;;) {
    const argument =
      args.length > 0 || first === 'value'
        ? parseValue(cursor)
        : first === 'column'
          ? parseColumn(cursor)
          : parseTableCode(cursor)
    if (!argument.ok) return argument
    args.push(argument.value)
    const separator = nextToken(cursor)
    if (isSymbol(separator, ')')) return ok(args)
    if (!isSymbol(separator, ','))
      return err(formulaSyntaxError(separator.position, ', or )', separator.text))
  }
}

function parseColumn(cursor: FormulaCursor): Parsed<FormulaColumnNode> {
  const table = nextToken(cursor)
  if (table.kind !== 'identifier')
    return err(formulaSyntaxError(table.position, 'a table column (table.column)', table.text))
  const dot = expectSymbol(cursor, '.')
  if (!dot.ok) return dot
  const column = nextToken(cursor)
  if (column.kind !== 'identifier')
    return err(formulaSyntaxError(column.position, 'a column name', column.text))
  return ok({ kind: 'column', table: table.text, column: column.text, position: table.position })
}

function parseTableCode(cursor: FormulaCursor): Parsed<FormulaReferenceNode> {
  const token = nextToken(cursor)
  if (token.kind !== 'identifier') {
    return err(formulaSyntaxError(token.position, 'a table or multi-choice question code', token.text))
  }
  return ok({ kind: 'reference', name: token.text, position: token.position })
}

/** Shapes the arguments into the function's node, or returns `undefined` when the count is wrong. */
function buildCall(
  name: FormulaFunctionName,
  args: readonly Argument[],
  position: number,
): FormulaCallNode | undefined {
  const [first, second, third, fourth] = args
  switch (name) {
    case 'if':
      if (!isValue(first) || !isValue(second) || !isValue(third) || fourth !== undefined) return undefined
      return { kind: 'call', name, args: [first, second, third], position }
    case 'min':
    case 'max': {
      const rest = args.slice(1).filter(isValue)
      if (!isValue(first) || rest.length !== args.length - 1) return undefined
      return { kind: 'call', name, args: [first, ...rest], position }
    }
    case 'abs':
      if (!isValue(first) || second !== undefined) return undefined
      return { kind: 'call', name, args: [first], position }
    case 'round':
      if (!isValue(first) || third !== undefined) return undefined
      if (second === undefined) return { kind: 'call', name, args: [first], position }
      return isValue(second) ? { kind: 'call', name, args: [first, second], position } : undefined
    case 'sum':
      if (first?.kind !== 'column' || second !== undefined) return undefined
      return { kind: 'call', name, args: [first], position }
    case 'count':
      if (first?.kind !== 'reference' || second !== undefined) return undefined
      return { kind: 'call', name, args: [first], position }
    case 'countif':
      if (first?.kind !== 'column' || !isValue(second) || third !== undefined) return undefined
      return { kind: 'call', name, args: [first, second], position }
  }
}

function isValue(argument: Argument | undefined): argument is FormulaNode {
  return argument !== undefined && argument.kind !== 'column'
}

function describeCount(count: number): string {
  return count === 1 ? '1 argument' : `${count} arguments`
}

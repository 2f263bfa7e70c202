// Property (a): formatted, re-parsed formulas evaluate like an independent reference evaluator.
// Property (b) (format → parse round trip) lives here too, to share the syntax-tree generator.
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { evaluateFormula, type FormulaRow, type FormulaScope } from './evaluateFormula'
import { formatFormula } from './formatFormula'
import type { FormulaBinaryOperator, FormulaColumnNode, FormulaNode } from './formulaNode'
import { MAX_FORMULA_LENGTH, parseFormula } from './parseFormula'

type Value = number | boolean | string | null | readonly string[]
type World = {
  readonly answers: Readonly<Record<string, Value>>
  readonly table: readonly FormulaRow[] | undefined
}
type Leaves = {
  readonly node: fc.Arbitrary<FormulaNode>
  readonly code: fc.Arbitrary<string>
  readonly column: fc.Arbitrary<FormulaColumnNode>
  /** Whether `round` may get a second (digits) argument. */
  readonly roundDigits: boolean
}

const OPERATORS: readonly FormulaBinaryOperator[] = [
  'or',
  'and',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
]
const KEYWORDS = ['and', 'or', 'not', 'if', 'true', 'false']

const at = { position: 0 } as const
const nonNegative = (value: number): number => (Object.is(value, -0) ? 0 : value)

/** Syntax trees up to `depth` levels, built from `leaves`, covering every operator and function. */
function formulaTree(depth: number, leaves: Leaves): fc.Arbitrary<FormulaNode> {
  if (depth === 0) return leaves.node
  const child = formulaTree(depth - 1, leaves)
  const call: fc.Arbitrary<FormulaNode> = fc.oneof(
    fc
      .tuple(child, child, child)
      .map(([c, a, b]) => ({ kind: 'call', name: 'if', args: [c, a, b], ...at }) as const),
    fc
      .tuple(fc.constantFrom('min', 'max'), child, fc.array(child, { maxLength: 2 }))
      .map(([name, first, rest]) => ({ kind: 'call', name, args: [first, ...rest], ...at }) as const),
    child.map((x) => ({ kind: 'call', name: 'abs', args: [x], ...at }) as const),
    fc
      .tuple(child, leaves.roundDigits ? fc.option(child, { nil: undefined }) : fc.constant(undefined))
      .map(([x, digits]): FormulaNode => ({
        kind: 'call',
        name: 'round',
        args: digits === undefined ? [x] : [x, digits],
        ...at,
      })),
    leaves.column.map((column) => ({ kind: 'call', name: 'sum', args: [column], ...at }) as const),
    leaves.code.map(
      (name) => ({ kind: 'call', name: 'count', args: [{ kind: 'reference', name, ...at }], ...at }) as const,
    ),
    fc
      .tuple(leaves.column, child)
      .map(([column, value]) => ({ kind: 'call', name: 'countif', args: [column, value], ...at }) as const),
  )
  const unary = fc
    .tuple(fc.constantFrom('not', '-', '+'), child)
    .map(([operator, operand]) => ({ kind: 'unary', operator, operand, ...at }) as const)
  const binary = fc
    .tuple(fc.constantFrom(...OPERATORS), child, child)
    .map(([operator, left, right]) => ({ kind: 'binary', operator, left, right, ...at }) as const)
  return fc.oneof(
    { arbitrary: leaves.node, weight: 3 },
    { arbitrary: unary, weight: 1 },
    { arbitrary: binary, weight: 3 },
    { arbitrary: call, weight: 1 },
  )
}

// ---- (a) evaluation against a reference evaluator ----

const evaluationLeaves: Leaves = {
  node: fc.oneof(
    fc
      .oneof(
        fc.constantFrom(0, 1, 2, 0.5, 1e308),
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
      )
      .map((value) => ({ kind: 'number', value: nonNegative(value), ...at }) as const),
    fc.boolean().map((value) => ({ kind: 'boolean', value, ...at }) as const),
    fc.constantFrom('x', 'y', '').map((value) => ({ kind: 'string', value, ...at }) as const),
    fc.constantFrom('p', 'q', 'r', 'C').map((name) => ({ kind: 'reference', name, ...at }) as const),
  ),
  code: fc.constantFrom('T', 'C', 'p', 'Missing'),
  column: fc.constantFrom('u', 'v').map((column) => ({ kind: 'column', table: 'T', column, ...at }) as const),
  roundDigits: false,
}

// Answers and cells include NaN, ±Infinity and -0: the evaluator must treat them as missing or 0.
const answer: fc.Arbitrary<Value> = fc.oneof(
  fc.double(),
  fc.boolean(),
  fc.constantFrom('x', 'y', null),
  fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
)
const cell = fc.oneof(fc.double(), fc.boolean(), fc.constantFrom('x', 'y', null, undefined))
const world: fc.Arbitrary<World> = fc.record({
  answers: fc.record({ p: answer, q: answer, r: answer, C: answer }),
  table: fc.option(fc.array(fc.record({ u: cell, v: cell }, { requiredKeys: [] }), { maxLength: 4 }), {
    nil: undefined,
  }),
})

const scopeOf = (w: World): FormulaScope => ({
  value: (code) => (Object.hasOwn(w.answers, code) ? w.answers[code] : undefined),
  rows: (table) => (table === 'T' ? w.table : undefined),
})

const finite = (value: number): number | null => (Number.isFinite(value) ? value + 0 : null)
const numberOf = (value: Value | undefined): number | null =>
  typeof value === 'boolean' ? Number(value) : typeof value === 'number' ? finite(value) : null
const truthOf = (value: Value): boolean | null => (typeof value === 'boolean' ? value : null)
const isList = (value: Value | undefined): value is readonly string[] => Array.isArray(value)

function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null
  if (isList(a) && isList(b))
    return a.every((item) => b.includes(item)) && b.every((item) => a.includes(item))
  if (isList(a)) return typeof b === 'string' && a.includes(b)
  if (isList(b)) return typeof a === 'string' && b.includes(a)
  if (typeof a === 'string' || typeof b === 'string') return a === b
  return numberOf(a) === numberOf(b)
}

function binary(operator: FormulaBinaryOperator, a: Value, b: Value): Value {
  if (operator === 'and' || operator === 'or') {
    const [x, y, wins] = [truthOf(a), truthOf(b), operator === 'or']
    if (x === wins || y === wins) return wins
    return x === null || y === null ? null : !wins
  }
  if (operator === '=' || operator === '!=') {
    const same = equals(a, b)
    return same === null ? null : operator === '=' ? same : !same
  }
  const [x, y] = [numberOf(a), numberOf(b)]
  if (x === null || y === null) return null
  const results = {
    '<': x < y,
    '<=': x <= y,
    '>': x > y,
    '>=': x >= y,
    '+': finite(x + y),
    '-': finite(x - y),
    '*': finite(x * y),
    '/': y === 0 ? null : finite(x / y),
  }
  return results[operator]
}

function call(node: Extract<FormulaNode, { kind: 'call' }>, w: World): Value {
  const read = (column: FormulaColumnNode, row: FormulaRow): Value => row[column.column] ?? null
  switch (node.name) {
    case 'if': {
      const condition = truthOf(referenceEvaluate(node.args[0], w))
      return condition === null ? null : referenceEvaluate(condition ? node.args[1] : node.args[2], w)
    }
    case 'min':
    case 'max': {
      const numbers = node.args.map((arg) => numberOf(referenceEvaluate(arg, w))).filter((n) => n !== null)
      return numbers.length === 0 ? null : node.name === 'min' ? Math.min(...numbers) : Math.max(...numbers)
    }
    case 'abs':
    case 'round': {
      const n = numberOf(referenceEvaluate(node.args[0], w))
      return n === null
        ? null
        : finite(node.name === 'abs' ? Math.abs(n) : Math.sign(n) * Math.round(Math.abs(n)))
    }
    case 'sum':
      return w.table === undefined
        ? null
        : finite(w.table.reduce((total, row) => total + (numberOf(read(node.args[0], row)) ?? 0), 0))
    case 'count': {
      const name = node.args[0].name
      if (name === 'T') return w.table === undefined ? null : w.table.length
      const value = w.answers[name]
      return isList(value) ? value.length : null
    }
    case 'countif': {
      const wanted = referenceEvaluate(node.args[1], w)
      if (w.table === undefined || wanted === null) return null
      return w.table.filter((row) => equals(read(node.args[0], row), wanted) === true).length
    }
  }
}

function referenceEvaluate(node: FormulaNode, w: World): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value
    case 'reference': {
      const value = w.answers[node.name]
      return typeof value === 'number' ? finite(value) : (value ?? null)
    }
    case 'unary': {
      const operand = referenceEvaluate(node.operand, w)
      const truth = truthOf(operand)
      const n = numberOf(operand)
      if (node.operator === 'not') return truth === null ? null : !truth
      return n === null ? null : finite(node.operator === '-' ? -n : n)
    }
    case 'binary':
      return binary(node.operator, referenceEvaluate(node.left, w), referenceEvaluate(node.right, w))
    case 'call':
      return call(node, w)
  }
}

test.prop([formulaTree(4, evaluationLeaves), world], { numRuns: 300 })(
  'evaluates formatted and re-parsed formulas like a reference evaluator',
  (tree, w) => {
    const formatted = formatFormula(tree)
    fc.pre(formatted.length <= MAX_FORMULA_LENGTH)
    const parsed = parseFormula(formatted)
    const expected = referenceEvaluate(tree, w)

    expect(parsed.ok).toBe(true)
    expect(parsed.ok && evaluateFormula(parsed.value, scopeOf(w))).toBe(isList(expected) ? null : expected)
  },
)

// ---- (b) format → parse round trip ----

const identifier = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/)
  .filter((name) => !KEYWORDS.includes(name.toLowerCase()))
const syntaxLeaves: Leaves = {
  node: fc.oneof(
    fc
      .double({ min: 0, noNaN: true, noDefaultInfinity: true })
      .map((value) => ({ kind: 'number', value: nonNegative(value), ...at }) as const),
    fc.boolean().map((value) => ({ kind: 'boolean', value, ...at }) as const),
    fc.string({ maxLength: 6 }).map((value) => ({ kind: 'string', value, ...at }) as const),
    identifier.map((name) => ({ kind: 'reference', name, ...at }) as const),
  ),
  code: identifier,
  column: fc
    .tuple(identifier, identifier)
    .map(([table, column]) => ({ kind: 'column', table, column, ...at }) as const),
  roundDigits: true,
}

function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'position')
      .map(([key, inner]) => [key, withoutPositions(inner)]),
  )
}

test.prop([formulaTree(4, syntaxLeaves)], { numRuns: 300 })(
  'parses formatted formulas back to the same tree',
  (tree) => {
    const formatted = formatFormula(tree)
    fc.pre(formatted.length <= MAX_FORMULA_LENGTH)
    const parsed = parseFormula(formatted)

    expect(parsed.ok && withoutPositions(parsed.value)).toEqual(withoutPositions(tree))
  },
)

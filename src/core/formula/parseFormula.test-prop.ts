// Property (c): no input, however hostile, makes the formula pipeline throw or produce NaN/Infinity.
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { checkFormulaTypes, type FormulaType } from './checkFormulaTypes'
import { collectReferences } from './collectReferences'
import { evaluateFormula, type FormulaScope } from './evaluateFormula'
import { formatFormula } from './formatFormula'
import { MAX_FORMULA_LENGTH, parseFormula } from './parseFormula'

const FORMULA_PIECES = [
  '0',
  '1',
  '.5',
  '2.5',
  '1e3',
  '1e308',
  '1e999',
  '12.',
  'a',
  'B',
  'min',
  'T',
  'T.x',
  'T.',
  '.',
  'C',
  '"x"',
  "'y'",
  '"',
  "'",
  '""',
  'true',
  'FALSE',
  'and',
  'Or',
  'not',
  'if',
  'IF',
  'max',
  'abs',
  'round',
  'sum',
  'count',
  'countif',
  'foo',
  '(',
  ')',
  ',',
  '+',
  '-',
  '*',
  '/',
  '=',
  '==',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '!',
  ' ',
  '\t',
  '\n',
]

const formulaLike = fc.array(fc.constantFrom(...FORMULA_PIECES), { maxLength: 40 })

/** Formula text built by a loose grammar: mostly parses, sometimes breaks arity or chains comparisons. */
const { formulaText } = fc.letrec<{ formulaText: string }>((tie) => ({
  formulaText: fc.oneof(
    { maxDepth: 5 },
    fc.constantFrom(
      '0',
      '1',
      '.5',
      '1e308',
      'a',
      'B',
      'C',
      '"x"',
      'true',
      'sum(T.x)',
      'count(T)',
      'count(C)',
      'countif(T.y, a)',
    ),
    fc
      .tuple(
        tie('formulaText'),
        fc.constantFrom('+', '-', '*', '/', '=', '<>', '<', '>=', 'and', 'OR'),
        tie('formulaText'),
      )
      .map(([left, operator, right]) => `${left} ${operator} ${right}`),
    fc
      .tuple(fc.constantFrom('-', '+', 'not '), tie('formulaText'))
      .map(([operator, operand]) => `${operator}${operand}`),
    tie('formulaText').map((inner) => `(${inner})`),
    fc
      .tuple(
        fc.constantFrom('if', 'min', 'MAX', 'abs', 'round'),
        fc.array(tie('formulaText'), { minLength: 1, maxLength: 3 }),
      )
      .map(([name, args]) => `${name}(${args.join(', ')})`),
  ),
}))

const anySource = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  formulaLike.map((pieces) => pieces.join('')),
  formulaLike.map((pieces) => pieces.join(' ')),
  formulaText,
  fc.string({ unit: fc.constantFrom('(', '-', 'not ', 'abs(', '1', '+'), minLength: 1000, maxLength: 2100 }),
)

const wildCell = fc.oneof(
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 3 }),
  fc.constantFrom(null, undefined),
)
const wildRow = fc.dictionary(fc.constantFrom('x', 'y', 'constructor'), wildCell)
const wildScope: fc.Arbitrary<FormulaScope> = fc.record({
  value: fc.func(fc.oneof(wildCell, fc.array(fc.constantFrom('x', 'y')))),
  rows: fc.func(fc.option(fc.array(wildRow, { maxLength: 3 }), { nil: undefined })),
})
const wildType = fc.constantFrom<FormulaType | undefined>(
  'number',
  'boolean',
  'text',
  'choices',
  'table',
  'any',
  undefined,
)
const wildResolver = fc.record({
  question: fc.func(wildType),
  tableColumn: fc.func(wildType),
  isTable: fc.func(fc.boolean()),
})

test.prop([anySource], { numRuns: 500 })(
  'returns a syntax error with a position inside the source, or a formula',
  (source) => {
    const result = parseFormula(source)

    if (!result.ok) {
      expect(result.error.code).toBe('formula-syntax')
      expect(result.error.position).toBeGreaterThanOrEqual(0)
      expect(result.error.position).toBeLessThanOrEqual(Math.min(source.length, MAX_FORMULA_LENGTH))
    }
  },
)

test.prop([fc.oneof(anySource, formulaText), wildScope, wildResolver], { numRuns: 500 })(
  'evaluates, checks, formats and collects every parsed formula without throwing or producing NaN/Infinity',
  (source, scope, resolver) => {
    const result = parseFormula(source)
    if (!result.ok) return

    const value = evaluateFormula(result.value, scope)
    checkFormulaTypes(result.value, resolver)
    collectReferences(result.value)
    formatFormula(result.value)

    expect(typeof value !== 'number' || Number.isFinite(value)).toBe(true)
  },
)

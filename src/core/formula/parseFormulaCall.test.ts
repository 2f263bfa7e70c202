import { describe, expect, it } from 'vitest'
import { err } from '@core/result'
import { parseFormula } from './parseFormula'

const syntaxError = (position: number, expected: string, found: string) =>
  err({ code: 'formula-syntax', position, expected, found })

describe('parseFormulaCall', () => {
  it('reads if with three argument expressions', () => {
    expect(parseFormula('if(a > 1, b, 0)')).toMatchObject({
      ok: true,
      value: {
        kind: 'call',
        name: 'if',
        position: 0,
        args: [{ kind: 'binary' }, { kind: 'reference' }, { kind: 'number' }],
      },
    })
  })

  it.each([
    'IF(a, 1, 2)',
    'Min(1)',
    'MAX(1, 2, 3)',
    'Abs(1)',
    'ROUND(1, 2)',
    'Sum(T.c)',
    'COUNT(T)',
    'CountIf(T.c, 1)',
  ])('reads the function name in %s in any letter case', (source) => {
    const result = parseFormula(source)

    expect(result.ok && result.value.kind === 'call' && result.value.name).toBe(
      source.slice(0, source.indexOf('(')).toLowerCase(),
    )
  })

  it('reads any number of min and max arguments', () => {
    expect(parseFormula('max(1, 2, 3, 4, 5)')).toMatchObject({
      ok: true,
      value: { name: 'max', args: { length: 5 } },
    })
  })

  it('reads round with and without digits', () => {
    expect(parseFormula('round(x)')).toMatchObject({ ok: true, value: { args: { length: 1 } } })
    expect(parseFormula('round(x, 2)')).toMatchObject({ ok: true, value: { args: { length: 2 } } })
  })

  it('reads the table column of sum and countif', () => {
    expect(parseFormula('countif(Apps.Status, "dang-dung")')).toEqual({
      ok: true,
      value: {
        kind: 'call',
        name: 'countif',
        position: 0,
        args: [
          { kind: 'column', table: 'Apps', column: 'Status', position: 8 },
          { kind: 'string', value: 'dang-dung', position: 21 },
        ],
      },
    })
  })

  it('reads the code counted by count as a reference', () => {
    expect(parseFormula('count(Apps)')).toEqual({
      ok: true,
      value: {
        kind: 'call',
        name: 'count',
        position: 0,
        args: [{ kind: 'reference', name: 'Apps', position: 6 }],
      },
    })
  })

  it('reports an unknown function at its name', () => {
    expect(parseFormula('1 + sqrt(4)')).toEqual(
      syntaxError(4, 'a known function (if, min, max, abs, round, sum, count, countif)', 'sqrt'),
    )
  })

  it.each([
    ['if(a, 1)', '3 arguments', '2 arguments'],
    ['min()', 'at least 1 argument', '0 arguments'],
    ['max()', 'at least 1 argument', '0 arguments'],
    ['abs(1, 2)', '1 argument', '2 arguments'],
    ['round(1, 2, 3)', '1 or 2 arguments', '3 arguments'],
    ['sum(T.c, 1)', '1 argument', '2 arguments'],
    ['count()', '1 argument', '0 arguments'],
    ['countif(T.c)', '2 arguments', '1 argument'],
  ])('reports the wrong number of arguments in %s at the function name', (source, expected, found) => {
    expect(parseFormula(`1 + ${source}`)).toEqual(syntaxError(4, expected, found))
  })

  it('reports sum of a bare code at the missing dot', () => {
    expect(parseFormula('sum(Apps)')).toEqual(syntaxError(8, '.', ')'))
  })

  it('reports sum of something other than a table column', () => {
    expect(parseFormula('sum(1)')).toEqual(syntaxError(4, 'a table column (table.column)', '1'))
  })

  it('reports a table column without a column name', () => {
    expect(parseFormula('sum(Apps.)')).toEqual(syntaxError(9, 'a column name', ')'))
  })

  it('reports count of something other than a code', () => {
    expect(parseFormula('count(2)')).toEqual(syntaxError(6, 'a table or multi-choice question code', '2'))
  })

  it('reports count of a table column', () => {
    expect(parseFormula('count(T.c)')).toEqual(syntaxError(7, ', or )', '.'))
  })

  it('reports if without an opening parenthesis', () => {
    expect(parseFormula('if a')).toEqual(syntaxError(3, '(', 'a'))
  })

  it('reports a trailing comma', () => {
    expect(parseFormula('min(1,)')).toEqual(syntaxError(6, 'a value', ')'))
  })

  it('reports arguments without a comma between them', () => {
    expect(parseFormula('min(1 2)')).toEqual(syntaxError(6, ', or )', '2'))
  })

  it('reports an unclosed argument list', () => {
    expect(parseFormula('max(1, 2')).toEqual(syntaxError(8, ', or )', 'end of formula'))
  })
})

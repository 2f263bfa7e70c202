import { describe, expect, it } from 'vitest'
import { formatFormula } from './formatFormula'
import { parseFormula } from './parseFormula'

function reformat(source: string): string {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return formatFormula(parsed.value)
}

describe('formatFormula', () => {
  it.each([
    ['IF(a<>1,(b+c)*2,"x")', 'if(a != 1, (b + c) * 2, "x")'],
    ['a==b AND NOT c OR TRUE', 'a = b and not c or true'],
    ['((a + b)) + (c)', 'a + b + c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['a / (b * c)', 'a / (b * c)'],
    ['(a - b) * -c', '(a - b) * -c'],
    ['-(a + b)', '-(a + b)'],
    ['- -a', '- -a'],
    ['-(-a)', '- -a'],
    ['+-a', '+ -a'],
    ['(a < b) = c', '(a < b) = c'],
    ['a = (b < c)', 'a = (b < c)'],
    ['not (a and b)', 'not (a and b)'],
    ['(not a) = b', '(not a) = b'],
    ['a and (b or c)', 'a and (b or c)'],
    ['(not a) + 1', '(not a) + 1'],
    ['count( T )+sum(T . c)+countif(T.c,1)', 'count(T) + sum(T.c) + countif(T.c, 1)'],
  ])('writes %s as %s', (source, expected) => {
    expect(reformat(source)).toBe(expected)
  })

  it('writes text in double quotes, doubling an inner double quote', () => {
    expect(reformat(`'say "hi"' = "it's"`)).toBe(`"say ""hi""" = "it's"`)
  })

  it('writes numbers in their shortest form', () => {
    expect(reformat('.5 + 1e3 + 1.50 + 1e21 + 1e-7')).toBe('0.5 + 1000 + 1.5 + 1e+21 + 1e-7')
  })
})

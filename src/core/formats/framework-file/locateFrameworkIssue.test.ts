import { describe, expect, it } from 'vitest'
import { locateFrameworkIssue } from './locateFrameworkIssue'

const sources = new Map([
  ['questions[3]', { sheet: 'questions', cell: 'A6' }],
  ['questions[3].min', { sheet: 'questions', cell: 'L6' }],
  ['indicators[0].rule', { sheet: 'rules', cell: 'C3' }],
])

describe('locateFrameworkIssue', () => {
  it('adds the cell a path was read from', () => {
    expect(
      locateFrameworkIssue({ code: 'min-above-max', path: 'questions[3].min', min: 5, max: 1 }, sources),
    ).toEqual({
      code: 'min-above-max',
      path: 'questions[3].min',
      min: 5,
      max: 1,
      sheet: 'questions',
      cell: 'L6',
    })
  })

  it('falls back to the nearest enclosing path', () => {
    expect(
      locateFrameworkIssue(
        {
          code: 'rule-points-exceed-max',
          path: 'indicators[0].rule.steps[1].points',
          points: 30,
          maxPoints: 20,
        },
        sources,
      ),
    ).toMatchObject({
      sheet: 'rules',
      cell: 'C3',
    })
  })

  it('leaves an issue about the whole file, or from nowhere known, as it is', () => {
    const whole = { code: 'schema-invalid', path: '', message: 'Expected object' } as const
    const elsewhere = { code: 'no-root', path: 'components' } as const

    expect([locateFrameworkIssue(whole, sources), locateFrameworkIssue(elsewhere, sources)]).toEqual([
      whole,
      elsewhere,
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { frameworkIssueCodes, frameworkWarningCodes } from './frameworkIssue'
import { aFramework, anIndicator, aQuestion } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'
import { brokenFrameworks } from './testing/brokenFrameworks'
import { validateFramework } from './validateFramework'

const issuesOf = (framework: Parameters<typeof validateFramework>[0]) => {
  const result = validateFramework(framework)
  return result.ok ? [] : result.error
}

describe('validateFramework', () => {
  it('accepts a valid relative framework as it is', () => {
    expect(validateFramework(aFramework())).toEqual({ ok: true, value: aFramework() })
  })

  it('accepts a valid points framework as it is', () => {
    expect(validateFramework(aPointsFramework())).toEqual({ ok: true, value: aPointsFramework() })
  })

  it.each(brokenFrameworks)('reports $issue.code for $name', ({ framework, issue }) => {
    expect(issuesOf(framework)).toContainEqual(issue)
  })

  it('has a broken framework for every code it can report', () => {
    const raised = new Set(brokenFrameworks.map(({ issue }) => issue.code))
    const validationCodes = frameworkIssueCodes.filter(
      (code) => code !== 'schema-invalid' && !(frameworkWarningCodes as readonly string[]).includes(code),
    )

    expect(validationCodes.filter((code) => !raised.has(code))).toEqual([])
  })

  it('reports every problem at once', () => {
    const framework = aFramework({
      questions: [...aFramework().questions, aQuestion({ code: 'X', section: 'NOPE', min: 3, max: 1 })],
      indicators: [
        ...aFramework().indicators,
        anIndicator({ code: 'I9', formula: 'Nope', parent: 'NOPE', weight: -1 }),
      ],
    })

    expect(issuesOf(framework)).toEqual([
      { code: 'unknown-section', path: 'questions[12].section', section: 'NOPE' },
      { code: 'min-above-max', path: 'questions[12].min', min: 3, max: 1 },
      { code: 'unknown-parent', path: 'indicators[4].parent', parent: 'NOPE' },
      { code: 'non-positive-weight', path: 'indicators[4].weight', weight: -1 },
      { code: 'formula-unknown-reference', path: 'indicators[4].formula', name: 'Nope', position: 0 },
    ])
  })

  it('reports each broken framework with issues that are plain data', () => {
    for (const { framework } of brokenFrameworks) {
      const issues = issuesOf(framework)

      expect(JSON.parse(JSON.stringify(issues))).toEqual(issues)
    }
  })
})

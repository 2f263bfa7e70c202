import { describe, expect, it } from 'vitest'
import { frameworkIssueCodes } from '@core/framework/frameworkIssue'
import { brokenFrameworks } from '@core/framework/testing/brokenFrameworks'
import en from './en/issues.json'
import vi from './vi/issues.json'
import { interpolateMessage } from './interpolateMessage'

const catalogues = { en, vi } as const

describe('framework issue messages', () => {
  it.each(['en', 'vi'] as const)('have a %s message for every issue code', (language) => {
    expect(Object.keys(catalogues[language].frameworkIssues).sort()).toEqual([...frameworkIssueCodes].sort())
  })

  it.each(['en', 'vi'] as const)(
    'render every broken framework’s issue in %s with no placeholder left',
    (language) => {
      for (const broken of brokenFrameworks) {
        const template =
          (catalogues[language].frameworkIssues as Record<string, string>)[broken.issue.code] ?? ''

        const text = interpolateMessage(template, broken.issue)

        expect(text, broken.name).not.toMatch(/\{\{/)
        expect(text.length, broken.name).toBeGreaterThan(10)
      }
    },
  )

  it('has the same table-issue codes in both languages', () => {
    expect(Object.keys(vi.tableIssues).sort()).toEqual(Object.keys(en.tableIssues).sort())
  })
})

describe('interpolateMessage', () => {
  it('fills placeholders, joins lists and leaves unknown placeholders visible', () => {
    expect(interpolateMessage('{{a}} / {{cycle}} / {{missing}}', { a: 1, cycle: ['X', 'Y', 'X'] })).toBe(
      '1 / X → Y → X / {{missing}}',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { Result } from '@core/result'
import { councilScope } from './councilScope'
import { inReviewScope, reviewFramework } from './reviewFramework'

const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
const dept = value(loadBuiltInFramework('dept-ict-readiness'))
const dti = value(loadBuiltInFramework('dti-points'))

describe('reviewFramework', () => {
  it('without a scope is the framework itself', () => {
    expect(reviewFramework(dept, null)).toBe(dept)
    expect(inReviewScope(null, 'QLVB')).toBe(true)
  })

  it('by criteria groups: only the questions and sections of the member’s groups', () => {
    const scope = councilScope({ units: ['SNV'], groups: ['HTKT'] }, dept)
    const shown = reviewFramework(dept, scope)
    expect(shown.sections.map((section) => section.code)).toEqual(['HTKT'])
    expect(shown.questions.map((question) => question.code)).toContain('MayBan')
    expect(shown.questions.map((question) => question.code)).not.toContain('QLVB')
    expect(shown.questions.every((question) => question.section === 'HTKT')).toBe(true)
    expect(shown.questions.length).toBe(dept.questions.filter((q) => q.section === 'HTKT').length)
    expect(inReviewScope(scope, 'MayBan')).toBe(true)
    expect(inReviewScope(scope, 'QLVB')).toBe(false)
    // Scoring keeps the whole framework: the original is untouched.
    expect(dept.questions.map((question) => question.code)).toContain('QLVB')
  })

  it('by units only: every question and criterion', () => {
    const shown = reviewFramework(dti, councilScope({ units: ['SNV'], groups: [] }, dti))
    expect(shown.questions.length).toBe(dti.questions.length)
    expect(shown.indicators.length).toBe(dti.indicators.length)
  })

  it('on a points framework: only the criteria that read a question of the groups', () => {
    const first = dti.sections[0]?.code ?? ''
    const scope = councilScope({ units: [], groups: [first] }, dti)
    const shown = reviewFramework(dti, scope)
    expect(shown.indicators.length).toBeGreaterThan(0)
    expect(shown.indicators.length).toBeLessThan(dti.indicators.length)
    expect(shown.indicators.every((indicator) => scope.hasItem('points', indicator.code))).toBe(true)
    expect(shown.sections.map((section) => section.code)).toEqual([first])
  })
})

import { describe, expect, it } from 'vitest'
import { hashForUnitView, unitViewFromHash } from './unitView'

describe('unit view routing', () => {
  it('round-trips a submission id with the characters ids contain', () => {
    const view = { view: 'submission', id: 'SNV|dept-ict-readiness|2026.1|2026|r1' } as const

    expect(unitViewFromHash(hashForUnitView(view))).toEqual(view)
  })

  it('falls back to unit mode home for anything else', () => {
    expect(unitViewFromHash('#/unit')).toEqual({ view: 'home' })
    expect(unitViewFromHash('#/unit/submission/')).toEqual({ view: 'home' })
    expect(unitViewFromHash('#/unit/submission/%E0%A4%A')).toEqual({ view: 'home' })
  })
})

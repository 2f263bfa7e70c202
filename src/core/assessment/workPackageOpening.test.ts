import { describe, expect, it } from 'vitest'
import { workPackageOpening } from './workPackageOpening'

const pkg = { shareId: 'lead-1|member|m-1', contentHash: 'a'.repeat(64), year: 2025 }

describe('workPackageOpening', () => {
  it('opens a package on a machine without an assessment of its framework and year', () => {
    expect(workPackageOpening(pkg, [])).toEqual({ kind: 'open' })
  })

  it('is a no-op for the same package opened again', () => {
    expect(workPackageOpening(pkg, [{ id: pkg.shareId, workPackageHash: pkg.contentHash }])).toEqual({
      kind: 'already-open',
      assessmentId: pkg.shareId,
    })
  })

  it('refuses another package of the same member’s share (another version of it)', () => {
    expect(workPackageOpening(pkg, [{ id: pkg.shareId, workPackageHash: 'b'.repeat(64) }])).toEqual({
      kind: 'refused',
      problem: { code: 'council-work-package-other-version', assessmentId: pkg.shareId },
    })
  })

  it('refuses when this profile holds its own assessment of the framework and year (an evaluator who is also a member)', () => {
    expect(workPackageOpening(pkg, [{ id: 'own-2025' }])).toEqual({
      kind: 'refused',
      problem: { code: 'council-work-package-assessment-exists', assessmentId: 'own-2025', year: 2025 },
    })
  })

  it('refuses when another member’s share of that framework and year is open here', () => {
    expect(
      workPackageOpening(pkg, [{ id: 'lead-1|member|m-2', workPackageHash: pkg.contentHash }]).kind,
    ).toBe('refused')
  })
})

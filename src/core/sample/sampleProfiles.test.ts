import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { createSampleContext } from './sampleContext'
import { hasSampleProfile, sampleProfileFor } from './sampleProfiles'
import { aSampleUnit } from './testing/aSampleUnit'

describe('sampleProfileFor', () => {
  it.each(['dept-ict-readiness', 'dti-points'] as const)(
    'proposes an answer for every question of %s',
    (id) => {
      const framework = loadedBuiltIn(id)
      const proposed = sampleProfileFor(framework).answers(
        createSampleContext(1, aSampleUnit({ group: 'quan-huyen' }), 2025),
        framework,
      )

      expect(
        framework.questions.map((question) => question.code).filter((code) => !(code in proposed)),
      ).toEqual([])
      expect(
        Object.keys(proposed).filter(
          (code) => !framework.questions.some((question) => question.code === code),
        ),
      ).toEqual([])
    },
  )

  it('falls back to type-only answers for units of the framework’s group', () => {
    const profile = sampleProfileFor({ id: 'mine', unitGroup: 'tinh-thanh' })

    expect(profile.unitGroups).toEqual(['tinh-thanh'])
    expect(profile.answers(createSampleContext(1, aSampleUnit(), 2025), { questions: [] })).toEqual({})
  })
})

describe('hasSampleProfile', () => {
  it('knows the department survey and the DTI set, not the provincial index', () => {
    expect(
      ['dept-ict-readiness', 'dti-points', 'vn-ict-index-province'].map((id) => hasSampleProfile({ id })),
    ).toEqual([true, true, false])
  })
})

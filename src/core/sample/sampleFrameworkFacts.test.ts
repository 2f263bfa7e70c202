import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { sampleFrameworkFacts } from './sampleFrameworkFacts'

const department = loadedBuiltIn('dept-ict-readiness')

describe('sampleFrameworkFacts', () => {
  it('collects the codes the relevance conditions read', () => {
    expect([...sampleFrameworkFacts(department).relevanceInputs].sort()).toEqual([
      'HasPhongCNTT',
      'HasToCNTT',
      'MotCuaDienTu',
      'NangCapTrongNam',
      'SoDonViTrucThuoc',
    ])
  })

  it('reads upper-bound checks with a question or a sum of questions on the left', () => {
    const bounds = sampleFrameworkFacts(department).upperBounds

    expect(bounds.find((bound) => bound.question === 'MayNoiMangInternet')).toMatchObject({
      terms: ['MayNoiMangInternet'],
      strict: false,
    })
    expect(
      bounds.find((bound) => bound.question === 'SoLuongCanBo_DV' && bound.terms.length > 1)?.terms,
    ).toEqual(['TienSy_DV', 'ThacSy_DV', 'DaiHocChinhQuy_DV', 'DaiHocKhongChinhQuy_DV'])
  })

  it('knows every check of the built-in frameworks as an upper bound', () => {
    for (const framework of [department, loadedBuiltIn('dti-points')]) {
      const checks = framework.questions.reduce(
        (total, question) => total + (question.checks?.length ?? 0),
        0,
      )

      expect(sampleFrameworkFacts(framework).upperBounds).toHaveLength(checks)
    }
  })

  it('computes the facts once per framework', () => {
    expect(sampleFrameworkFacts(department)).toBe(sampleFrameworkFacts(department))
  })
})

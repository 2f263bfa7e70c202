import { describe, expect, it } from 'vitest'
import { aFramework, aComponent, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import type { Framework } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import { compileFramework } from './compileFramework'
import { computeAssessment } from './computeAssessment'
import { explainUnit } from './explainUnit'

const valid = (framework: Framework) => {
  const loaded = loadFramework(framework)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
  return loaded.value
}

const framework = valid(
  aFramework({
    questions: [
      aQuestion({ code: 'A', section: 'HTKT' }),
      aQuestion({ code: 'B', section: 'HTKT' }),
      aQuestion({ code: 'C', section: 'HTKT' }),
    ],
    components: [aComponent({ code: 'ICT', parent: null })],
    indicators: [
      anIndicator({ code: 'IA', formula: 'A', parent: 'ICT', weight: 1 }),
      anIndicator({ code: 'IB', formula: 'B', parent: 'ICT', weight: 3 }),
      anIndicator({ code: 'IC', formula: 'C', parent: 'ICT', weight: 1, imputation: { method: 'mean' } }),
    ],
  }),
)
const units = [
  { code: 'U1', name: 'U1', group: 'g', answers: { A: 10, B: 0, C: 5 } },
  { code: 'U2', name: 'U2', group: 'g', answers: { A: 0, B: 10, C: 15 } },
  { code: 'U3', name: 'U3', group: 'g', answers: { A: 5, B: 5 } },
]

describe('explainUnit', () => {
  const result = computeAssessment(framework, units)
  const explanation = explainUnit(compileFramework(framework), result, 0)
  const root = explanation.nodes[0]

  it('gives each child its score, weight share and contribution, which add up to the node score', () => {
    expect(root?.children.map((child) => [child.code, child.score, child.weightShare])).toEqual([
      ['IA', 1, 0.2],
      ['IB', 0, 0.6],
      ['IC', 0, 0.2],
    ])
    const total = root?.children.reduce((sum, child) => sum + (child.contribution ?? 0), 0)
    expect(total).toBeCloseTo(root?.score ?? Number.NaN, 12)
  })

  it('names the children that pulled the unit down most, weighted by their importance', () => {
    expect(root?.pulledDownMost).toEqual(['IB', 'IC'])
  })

  it('lists what was imputed for the unit', () => {
    expect(explainUnit(compileFramework(framework), result, 2).imputed).toEqual([
      { indicator: 'IC', method: 'mean' },
    ])
  })

  it('measures the points shortfall against each criterion’s maximum in the points family', () => {
    const points = valid(aPointsFramework())
    const pointsResult = computeAssessment(points, [
      { code: 'Q', name: 'Q', group: 'g', answers: { TruongBan: 'chu-tich', SoCuocHop: 1, SoUngDung: 10 } },
    ])

    const nodes = explainUnit(compileFramework(points), pointsResult, 0).nodes

    expect(nodes[0]?.code).toBe('DTI')
    expect(nodes.find((node) => node.code === 'NT')?.pulledDownMost).toEqual(['1.4', '1.3', '1.2'])
  })
})

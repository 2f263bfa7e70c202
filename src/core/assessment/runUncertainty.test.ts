import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { ValidFramework } from '@core/framework/validateFramework'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { mulberry32 } from '@core/seededRandom'
import { quantile } from './findReviewFlags'
import { runUncertainty, type UncertaintyOptions } from './runUncertainty'

function sampleFor(id: string) {
  const framework = loadBuiltInFramework(id)
  if (!framework.ok) throw new Error(id)
  const sample = generateSample({ framework: framework.value, year: 2026, seed: 3, extraUnits: 20 })
  if (!sample.ok) throw new Error(id)
  const units = sample.value.submissions.map(({ unit, answers }) => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    attributes: { group: unit.group },
    answers,
  }))
  return { framework: framework.value, units }
}

/** The analysis as it was specified: the whole engine (computeAssessment) once per replication. */
function referenceUncertainty(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: UncertaintyOptions,
) {
  const random = mulberry32(options.seed)
  const nominal = computeAssessment(framework, units)
  const ranks: number[][] = units.map(() => [])
  const weighted = [
    ...framework.components.filter((component) => component.parent !== null),
    ...framework.indicators,
  ]
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[Math.floor(random() * list.length)]
  for (let replication = 0; replication < options.replications; replication += 1) {
    const weights = Object.fromEntries(
      weighted.map((node) => [node.code, node.weight * (1 + options.weightSpread * (2 * random() - 1))]),
    )
    const normalisation = pick(options.normalisations)
    const aggregation = pick(options.aggregations)
    const result = computeAssessment(framework, units, {
      overrides: {
        weights,
        ...(normalisation ? { normalisation } : {}),
        ...(aggregation ? { aggregation } : {}),
      },
    })
    result.components[nominal.rootCode]?.rank.forEach((rank, index) => {
      if (rank !== null) ranks[index]?.push(rank)
    })
  }
  return units.map((unit, index) => {
    const sorted = (ranks[index] ?? []).sort((a, b) => a - b)
    const at = (probability: number) =>
      sorted.length === 0 ? null : Math.round(quantile(sorted, probability))
    return {
      unit: unit.code,
      nominalRank: nominal.components[nominal.rootCode]?.rank[index] ?? null,
      medianRank: at(0.5),
      lowRank: at(0.05),
      highRank: at(0.95),
      bestRank: sorted[0] ?? null,
      worstRank: sorted.at(-1) ?? null,
    }
  })
}

describe('runUncertainty on the columnar engine', () => {
  const options: UncertaintyOptions = {
    replications: 40,
    weightSpread: 0.4,
    normalisations: [
      { method: 'min-max', lower: 0, upper: 100 },
      { method: 'z-score', mean: 10, sd: 1 },
      { method: 'rank' },
      { method: 'percentile-rank' },
    ],
    aggregations: ['arithmetic', 'geometric', 'harmonic'],
    seed: 11,
  }
  for (const id of ['dept-ict-readiness', 'vn-ict-index-province', 'dti-points']) {
    it(`gives exactly what recomputing the whole engine per replication gives (${id})`, () => {
      const { framework, units } = sampleFor(id)

      expect(runUncertainty(framework, units, options)).toEqual(
        referenceUncertainty(framework, units, options),
      )
    })
  }

  it('with no alternative methods, only the weights vary', () => {
    const { framework, units } = sampleFor('vn-ict-index-province')
    const plain = { ...options, normalisations: [], aggregations: [] }

    expect(runUncertainty(framework, units, plain)).toEqual(referenceUncertainty(framework, units, plain))
  })
})

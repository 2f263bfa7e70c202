import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import type { Answers } from '@core/responses/answer'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { SAMPLE_YEARS } from './generateSample'
import { sampleUnitAnswers } from './sampleUnitAnswers'
import { generatedSample } from './testing/generatedSample'
import { maturityIn, unitTraits } from './unitTraits'

const department = loadedBuiltIn('dept-ict-readiness')
const dti = loadedBuiltIn('dti-points')

function pearson(pairs: readonly (readonly [number, number])[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const xs = pairs.map(([x]) => x)
  const ys = pairs.map(([, y]) => y)
  const [mx, my] = [mean(xs), mean(ys)]
  const covariance = pairs.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0)
  const spread = (values: readonly number[], m: number) =>
    Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0))
  return covariance / (spread(xs, mx) * spread(ys, my))
}

const numberOf = (answers: Answers, code: string): number | undefined => {
  const value = answers[code]
  return typeof value === 'number' ? value : undefined
}

/** Composite per unit code and year, scored in one assessment over all years so relative scores compare across years. */
function compositesOverYears(units: readonly UnitAnswers[][]): Map<string, number[]> {
  const pooled = units.flatMap((yearUnits, yearIndex) =>
    yearUnits.map((unit) => ({ ...unit, code: `${unit.code}@${yearIndex}` })),
  )
  const result = computeAssessment(department, pooled)
  const composite = result.components[result.rootCode]?.score ?? []
  const byUnit = new Map<string, number[]>()
  result.units.forEach((unit, index) => {
    const code = unit.code.split('@')[0] ?? ''
    byUnit.set(code, [...(byUnit.get(code) ?? []), composite[index] ?? Number.NaN])
  })
  return byUnit
}

describe('sample realism', () => {
  it('gives units with more staff more computers (Pearson r > 0.5)', () => {
    const sample = generatedSample(department, 2025)

    const pairs = sample.submissions.flatMap(({ answers }) => {
      const [staff, desktops, laptops] = [
        numberOf(answers, 'SoCBCC'),
        numberOf(answers, 'MayBan'),
        numberOf(answers, 'LapTop'),
      ]
      return staff === undefined || desktops === undefined || laptops === undefined
        ? []
        : [[staff, desktops + laptops] as const]
    })

    expect(pairs.length).toBeGreaterThan(20)
    expect(pearson(pairs)).toBeGreaterThan(0.5)
  })

  it('gives more mature units a larger share of online public services and of staff fluent with computers', () => {
    const sample = generatedSample(department, 2025, { anomalies: false })

    const shares = (numerator: string, denominator: string) =>
      sample.submissions.flatMap(({ unit, answers }) => {
        const [part, whole] = [numberOf(answers, numerator), numberOf(answers, denominator)]
        return part === undefined || whole === undefined || whole === 0
          ? []
          : [[maturityIn(unitTraits(1, unit), 2025), part / whole] as const]
      })

    expect(pearson(shares('DVC3', 'TTHC_DonVi'))).toBeGreaterThan(0.5)
    expect(pearson(shares('ThanhThaoMayTinh_DV', 'SoCBCC'))).toBeGreaterThan(0.5)
  })

  it('shows most units improving year on year on the department composite, and a few declining', () => {
    const composites = compositesOverYears(
      SAMPLE_YEARS.map((year) => sampleUnitAnswers(generatedSample(department, year))),
    )

    const series = [...composites.values()]
    const improving = (step: number) =>
      series.filter((values) => (values[step + 1] ?? 0) > (values[step] ?? 0)).length
    const declining = series.filter(
      (values) => (values[2] ?? 0) < (values[1] ?? 0) && (values[1] ?? 0) < (values[0] ?? 0),
    ).length

    expect(series).toHaveLength(28)
    expect(improving(0)).toBeGreaterThanOrEqual(18)
    expect(improving(1)).toBeGreaterThanOrEqual(18)
    expect(declining).toBeGreaterThanOrEqual(2)
    expect(declining).toBeLessThanOrEqual(8)
  })

  it('scores the districts on the DTI framework with a spread well inside 0–1000 and mostly rising totals', () => {
    const totals = SAMPLE_YEARS.map((year) => {
      const result = computeAssessment(dti, sampleUnitAnswers(generatedSample(dti, year)))
      return (result.components[result.rootCode]?.score ?? []).map((score) => score ?? Number.NaN)
    })
    const all = totals.flat()
    const rising = (totals[0] ?? []).filter((first, index) => (totals[2]?.[index] ?? 0) > first).length

    expect(all.every((total) => total > 100 && total < 950)).toBe(true)
    expect(Math.max(...all) - Math.min(...all)).toBeGreaterThan(250)
    expect(rising).toBeGreaterThanOrEqual(5)
  })

  it('gives the department composite a spread in every year when scored per year', () => {
    for (const year of SAMPLE_YEARS) {
      const result = computeAssessment(department, sampleUnitAnswers(generatedSample(department, year)))
      const composite = (result.components[result.rootCode]?.score ?? []).filter(
        (score): score is number => score !== null,
      )

      expect(composite).toHaveLength(28)
      expect(Math.max(...composite) - Math.min(...composite)).toBeGreaterThan(0.4)
    }
  })

  it('scales to 700 synthetic units that the engine scores', () => {
    const sample = generatedSample(department, 2025, { units: [], extraUnits: 700 })

    const result = computeAssessment(department, sampleUnitAnswers(sample))

    expect(new Set(sample.submissions.map((submission) => submission.unit.code)).size).toBe(700)
    expect(result.components[result.rootCode]?.score.filter((score) => score !== null)).toHaveLength(700)
  })
})

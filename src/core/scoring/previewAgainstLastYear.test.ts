import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from './computeAssessment'
import { previewAgainstLastYear } from './previewAgainstLastYear'

const load = (id: 'dept-ict-readiness' | 'dti-points') => {
  const loaded = loadBuiltInFramework(id)
  if (!loaded.ok) throw new Error(id)
  return loaded.value
}
const department = load('dept-ict-readiness')
const sample = generateSample({ framework: department, year: 2025, seed: 9, anomalies: false })
if (!sample.ok) throw new Error('sample')
const units = sample.value.submissions.map((submission) => ({
  code: submission.unit.code,
  name: submission.unit.name,
  group: submission.unit.groupName,
  answers: submission.answers,
}))
const lastYear = computeAssessment(department, units)
const root = lastYear.rootCode

describe('previewAgainstLastYear', () => {
  it("gives a unit that answers exactly as one of last year's units that unit's published composite and rank", () => {
    const checked = units.filter((_, index) =>
      Object.values(lastYear.indicators).every((indicator) => indicator.imputed[index] === null),
    )
    expect(checked.length).toBeGreaterThan(5)
    for (const unit of checked) {
      const index = units.indexOf(unit)

      const preview = previewAgainstLastYear(department, unit.answers, { year: 2025, result: lastYear })

      expect(preview?.composite).toBeCloseTo(lastYear.components[root]?.score[index] as number, 12)
      expect(preview?.rank).toBe(lastYear.components[root]?.rank[index])
      expect(preview?.unitCount).toBe(units.length)
      expect(preview?.indicatorsNotInLastYear).toEqual([])
    }
  })

  it('leaves out and names the indicators last year does not have', () => {
    const [dropped] = Object.keys(lastYear.indicators)
    const { [dropped as string]: _, ...indicators } = lastYear.indicators

    const answers = units[3]?.answers ?? {}
    const full = previewAgainstLastYear(department, answers, { year: 2025, result: lastYear })
    const preview = previewAgainstLastYear(department, answers, {
      year: 2025,
      result: { ...lastYear, indicators },
    })

    expect(preview?.indicatorsNotInLastYear).toEqual([dropped])
    expect(preview?.indicatorsCompared).toBe((full?.indicatorsCompared ?? 0) - 1)
    expect(preview?.composite).not.toBe(full?.composite)
  })

  it('has nothing to preview for a points framework, whose points do not depend on other units', () => {
    const points = load('dti-points')
    expect(
      previewAgainstLastYear(points, {}, { year: 2025, result: computeAssessment(points, []) }),
    ).toBeNull()
  })

  it('says nothing is known yet for an empty questionnaire', () => {
    expect(previewAgainstLastYear(department, {}, { year: 2025, result: lastYear })).toMatchObject({
      composite: null,
      rank: null,
      indicatorsCompared: 0,
    })
  })
})

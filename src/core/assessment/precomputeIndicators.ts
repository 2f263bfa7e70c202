import type { Framework } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

/** The prefix of the stand-in questions that carry each indicator's precomputed value. */
const PREFIX = 'PRE__'

/**
 * An equivalent, faster input for repeated recomputation with other weights or methods (the
 * uncertainty analysis): each indicator's formula value (after the denominator, before
 * imputation) is computed once, and the framework is rewritten so that each indicator reads that
 * value from a stand-in question instead of evaluating its formula for every unit again. Weights,
 * directions, normalisation, imputation and the tree are unchanged, so every later result is the
 * same as with the original framework (a test checks it on the built-in frameworks).
 *
 * Only for the relative family: points rules read the original answers (choices, parts), so a
 * points framework gets `null`, as does one whose rewritten form does not validate.
 *
 * @example
 *   const fast = precomputeIndicators(framework, units, computeAssessment(framework, units))
 *   if (fast) computeAssessment(fast.framework, fast.units, { overrides })
 */
export function precomputeIndicators(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  result: AssessmentResult,
): { readonly framework: ValidFramework; readonly units: UnitAnswers[] } | null {
  if (framework.family !== 'relative') return null
  const rewritten: Framework = {
    ...framework,
    sections: [{ code: 'PRE', title: { vi: 'Giá trị chỉ tiêu' } }],
    questions: framework.indicators.map((indicator) => ({
      code: `${PREFIX}${indicator.code}`,
      section: 'PRE',
      type: 'decimal',
      text: { vi: indicator.code },
      required: false,
    })),
    indicators: framework.indicators.map((indicator) => {
      const { denominator: _denominator, ...rest } = indicator
      return { ...rest, formula: `${PREFIX}${indicator.code}` }
    }),
  }
  const loaded = loadFramework(JSON.parse(JSON.stringify(rewritten)))
  if (!loaded.ok) return null
  return {
    framework: loaded.value,
    units: units.map((unit, index) => ({
      ...unit,
      answers: Object.fromEntries(
        framework.indicators.map((indicator) => {
          const raw = result.indicators[indicator.code]?.raw[index]
          return [
            `${PREFIX}${indicator.code}`,
            typeof raw === 'boolean'
              ? raw
                ? 1
                : 0
              : typeof raw === 'number' && Number.isFinite(raw)
                ? raw
                : null,
          ]
        }),
      ),
    })),
  }
}

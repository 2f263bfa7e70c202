import type { AssessmentResult } from '@core/scoring/assessmentResult'

/**
 * Last year's indicator values per unit code (the formula's value after the denominator, before
 * imputation), in the shape `computeAssessment` takes for `previous-year` imputation.
 *
 * @example
 *   computeAssessment(framework, units, { previousValues: previousIndicatorValues(lastYearResult) })
 */
export function previousIndicatorValues(
  result: AssessmentResult,
): Map<string, Record<string, number | null>> {
  const values = new Map<string, Record<string, number | null>>()
  result.units.forEach((unit, index) => {
    const row: Record<string, number | null> = {}
    for (const [code, indicator] of Object.entries(result.indicators)) {
      const raw = indicator.raw[index]
      row[code] = typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    }
    values.set(unit.code, row)
  })
  return values
}

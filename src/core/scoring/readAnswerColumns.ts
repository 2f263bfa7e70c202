import type { IndicatorColumn } from './indicatorColumn'
import type { UnitAnswers } from './scoringOptions'

/**
 * Numeric questions' answers as columns (decision 0026): a finite number is itself, anything else
 * (no answer, null, text, a boolean, NaN) is missing. The units are walked once, each unit's
 * answers read for every code before the next unit, which touches each answer object once
 * instead of once per question.
 *
 * @example
 *   readAnswerColumns(units, ['MayTinh']).get('MayTinh')?.values // => Float64Array [12, 0, 30]
 */
export function readAnswerColumns(
  units: readonly UnitAnswers[],
  codes: readonly string[],
): Map<string, IndicatorColumn> {
  const unitCount = units.length
  const distinct = [...new Set(codes)]
  const width = distinct.length
  // One buffer for all the values and one for all the masks: two allocations instead of two per
  // question, which the garbage collector notices on 10,000-unit tables.
  const valueBlock = new Float64Array(width * unitCount)
  const missingBlock = new Uint8Array(width * unitCount)
  const values = distinct.map((_, question) =>
    valueBlock.subarray(question * unitCount, (question + 1) * unitCount),
  )
  const missing = distinct.map((_, question) =>
    missingBlock.subarray(question * unitCount, (question + 1) * unitCount),
  )
  for (let index = 0; index < unitCount; index += 1) {
    const answers = (units[index] as UnitAnswers).answers
    for (let question = 0; question < width; question += 1) {
      const answer = answers[distinct[question] as string]
      if (typeof answer === 'number' && Number.isFinite(answer))
        (values[question] as Float64Array)[index] = answer
      else (missing[question] as Uint8Array)[index] = 1
    }
  }
  const columns = new Map<string, IndicatorColumn>()
  distinct.forEach((code, question) =>
    columns.set(code, { values: values[question] as Float64Array, missing: missing[question] as Uint8Array }),
  )
  return columns
}

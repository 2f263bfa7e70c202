import type { AssessmentResult } from './assessmentResult'
import { roundForPublication } from './roundForPublication'

/**
 * The results as one row per unit: `uCode`, each indicator's normalised value (or points), each
 * component's value, then `Rank` of the top node — the layout `ictwb score` writes. Values are
 * rounded half away from zero only when `decimals` is given; ranks come from unrounded values.
 *
 * @example
 *   resultTable(result, 4)[0] // => ['uCode', 'LPI', …, 'Index', 'Rank']
 */
export function resultTable(result: AssessmentResult, decimals?: number): (string | number | null)[][] {
  const indicatorCodes = Object.keys(result.indicators)
  const componentCodes = Object.keys(result.components)
  const display = (value: number | null | undefined) =>
    value === null || value === undefined
      ? null
      : decimals === undefined
        ? value
        : roundForPublication(value, decimals)
  const header = ['uCode', ...indicatorCodes, ...componentCodes, 'Rank']
  const rows = result.units.map((unit, index) => [
    unit.code,
    ...indicatorCodes.map((code) => display(result.indicators[code]?.score[index])),
    ...componentCodes.map((code) => display(result.components[code]?.score[index])),
    result.components[result.rootCode]?.rank[index] ?? null,
  ])
  return [header, ...rows]
}

import type { Aggregation } from '@core/framework/method'
import { allocateColumn, type IndicatorColumn } from './indicatorColumn'

export type AggregatedColumn = {
  readonly column: IndicatorColumn
  /** Units whose children include a value ≤ 0 under geometric (or 0 under harmonic) aggregation, in unit order. */
  readonly refused: readonly number[]
}

/**
 * `aggregateChildren` for every unit at once (decision 0016): the children's columns are walked
 * one after the other, adding into per-unit sums, so each unit's sums are formed in the same
 * order as `aggregateChildren` forms them and the results are identical. Missing children and
 * children with a weight ≤ 0 drop out and the remaining weights are re-normalised; a unit with
 * no child left is missing.
 *
 * @example
 *   aggregateColumns([arrayToColumn([80]), arrayToColumn([50])], [2, 1], 'arithmetic').column.values
 *   // => Float64Array [70]
 */
export function aggregateColumns(
  children: readonly IndicatorColumn[],
  weights: readonly number[],
  aggregation: Aggregation,
  unitCount: number,
  maxPoints?: number,
): AggregatedColumn {
  const total = new Float64Array(unitCount)
  const weightTotal = new Float64Array(unitCount)
  const present = new Uint8Array(unitCount)
  const bad = new Uint8Array(unitCount)
  children.forEach((child, position) => {
    const weight = weights[position] as number
    if (!(weight > 0)) return
    const { values, missing } = child
    // One loop per aggregation, so the inner loop has no branch on the method.
    if (aggregation === 'arithmetic') {
      for (let index = 0; index < unitCount; index += 1) {
        if (missing[index] === 1) continue
        present[index] = 1
        weightTotal[index] = (weightTotal[index] as number) + weight
        total[index] = (total[index] as number) + weight * (values[index] as number)
      }
      return
    }
    for (let index = 0; index < unitCount; index += 1) {
      if (missing[index] === 1) continue
      const value = values[index] as number
      present[index] = 1
      weightTotal[index] = (weightTotal[index] as number) + weight
      const sum = total[index] as number
      if (aggregation === 'geometric') {
        if (value <= 0) bad[index] = 1
        else total[index] = sum + weight * Math.log(value)
      } else if (aggregation === 'harmonic') {
        if (value === 0) bad[index] = 1
        else total[index] = sum + weight / value
      } else total[index] = sum + value
    }
  })
  const { values, missing } = allocateColumn(unitCount)
  const refused: number[] = []
  for (let index = 0; index < unitCount; index += 1) {
    if (present[index] === 0) {
      missing[index] = 1
      continue
    }
    if (bad[index] === 1) {
      missing[index] = 1
      refused.push(index)
      continue
    }
    const sum = total[index] as number
    const weight = weightTotal[index] as number
    switch (aggregation) {
      case 'arithmetic':
        values[index] = sum / weight
        break
      case 'geometric':
        values[index] = Math.exp(sum / weight)
        break
      case 'harmonic':
        values[index] = weight / sum
        break
      case 'sum':
        values[index] = maxPoints === undefined ? sum : Math.min(sum, maxPoints)
        break
    }
  }
  return { column: { values, missing }, refused }
}

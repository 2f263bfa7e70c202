import type { Treatment } from '@core/framework/method'
import { treatColumn, type TreatmentRecord } from './treatColumn'

/**
 * `treatColumn` on the row-shaped values of today's pipeline (null = missing). No record when
 * the treatment is `none`, so results without treatment stay as they were.
 *
 * @example
 *   treatIndicatorValues([1, null, 3], { method: 'none' }) // => { values: [1, null, 3] }
 */
export function treatIndicatorValues(
  values: readonly (number | null)[],
  treatment: Treatment,
): { readonly values: readonly (number | null)[]; readonly record?: TreatmentRecord } {
  if (treatment.method === 'none') return { values }
  const missing = Uint8Array.from(values, (value) => (value === null ? 1 : 0))
  const column = Float64Array.from(values, (value) => value ?? Number.NaN)
  const treated = treatColumn(column, missing, treatment)
  return {
    values: values.map((value, index) => (value === null ? null : (treated.values[index] as number))),
    record: treated.record,
  }
}

/**
 * One indicator (or component) across the units of an assessment, as the columnar engine holds
 * it (decision 0016): the numbers in a `Float64Array`, and beside them a mask where `1` means
 * missing (the number at a missing position is meaningless, usually 0). Unit `i` of the
 * assessment is position `i` of every column.
 *
 * @example
 *   const column: IndicatorColumn = { values: Float64Array.of(1, 0, 3), missing: Uint8Array.of(0, 1, 0) }
 */
export type IndicatorColumn = { readonly values: Float64Array; readonly missing: Uint8Array }

/**
 * The treatment stage of the columnar pipeline (decision 0016), between imputation and
 * normalisation, where COINr applies `Treat` (outlier treatment) to the raw or imputed data.
 * It receives one indicator's imputed column and returns the values to normalise (a new array
 * when anything changes: it must never write into its input, which the results still show) with
 * a record of what it did (e.g. which units were Winsorised), kept for the audit. Missing values
 * stay missing (the mask is not returned: it cannot change). Today's engine applies
 * `identityTreatment`.
 *
 * @example
 *   const treated = identityTreatment(values, missing) // => { values, record: null }
 */
export type ColumnTreatment = (
  values: Float64Array,
  missing: Uint8Array,
) => { readonly values: Float64Array; readonly record: unknown }

/** The treatment that changes nothing (the engine's default until outlier treatment is wired in). */
export const identityTreatment: ColumnTreatment = (values) => ({ values, record: null })

/**
 * A column's cells as the plain values the result objects carry: `null` where missing.
 *
 * @example
 *   columnToArray({ values: Float64Array.of(1, 0), missing: Uint8Array.of(0, 1) }) // => [1, null]
 */
export function columnToArray(column: IndicatorColumn): (number | null)[] {
  const { values, missing } = column
  const length = values.length
  const out: (number | null)[] = []
  // Numbers first, nulls after: an array that holds only numbers keeps them unboxed (V8 stores
  // it as doubles), which the result objects of large assessments depend on for speed.
  for (let index = 0; index < length; index += 1) out.push(values[index] as number)
  for (let index = 0; index < length; index += 1) if (missing[index] === 1) out[index] = null
  return out
}

/**
 * The column of plain values (`null` = missing).
 *
 * @example
 *   arrayToColumn([1, null]).missing // => Uint8Array [0, 1]
 */
export function arrayToColumn(cells: readonly (number | null)[]): IndicatorColumn {
  const values = new Float64Array(cells.length)
  const missing = new Uint8Array(cells.length)
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]
    if (cell === null || cell === undefined) missing[index] = 1
    else values[index] = cell
  }
  return { values, missing }
}

/**
 * A new column of `length` cells, zero and present, its values and mask in one buffer (decision
 * 0026): one allocation instead of two, which the garbage collector notices when a 10,000-unit
 * assessment makes hundreds of columns. With `source`, a copy of it.
 *
 * @example
 *   allocateColumn(3).values // => Float64Array [0, 0, 0]
 */
export function allocateColumn(length: number, source?: IndicatorColumn): IndicatorColumn {
  const buffer = new ArrayBuffer(length * 9)
  const values = new Float64Array(buffer, 0, length)
  const missing = new Uint8Array(buffer, length * 8, length)
  if (source !== undefined) {
    values.set(source.values)
    missing.set(source.missing)
  }
  return { values, missing }
}

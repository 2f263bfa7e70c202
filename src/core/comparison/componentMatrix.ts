import { componentCodesOf, type YearResults } from './yearResults'

/** One unit's row of the heat map: rank, composite and each component. */
export type MatrixRow = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly rank: number | null
  readonly composite: number | null
  readonly values: readonly (number | null)[]
}

/**
 * Components by unit for one year (the heat map): units in ranking order (unranked last, then by
 * code), columns the components below the root top-down, and each column's range for shading.
 *
 * @example
 *   componentMatrix(year2026).rows[0]?.values // => [0.82, 0.91, 0.77, …]
 */
export type ComponentMatrix = {
  readonly year: number
  readonly codes: readonly string[]
  readonly rows: readonly MatrixRow[]
  readonly ranges: readonly { readonly min: number | null; readonly max: number | null }[]
}

/**
 * Builds the heat map's data for one year from the stored result (never recomputed).
 *
 * @example
 *   componentMatrix(year).codes // => ['HTKT', 'HTNL', 'UD', 'UD_NB', 'UD_CTTDT']
 */
export function componentMatrix(year: YearResults): ComponentMatrix {
  const codes = componentCodesOf(year)
  const root = year.result.components[year.result.rootCode]
  const rows = year.result.units.map((unit, index): MatrixRow => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    rank: root?.rank[index] ?? null,
    composite: root?.score[index] ?? null,
    values: codes.map((code) => year.result.components[code]?.score[index] ?? null),
  }))
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code))
  const ranges = codes.map((_, column) => {
    const values = rows
      .map((row) => row.values[column])
      .filter((value): value is number => value !== null && value !== undefined)
    return values.length === 0
      ? { min: null, max: null }
      : { min: Math.min(...values), max: Math.max(...values) }
  })
  return { year: year.year, codes, rows, ranges }
}

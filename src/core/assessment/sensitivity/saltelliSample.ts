/**
 * The Saltelli design for variance-based sensitivity indices of a model with `d` inputs, as
 * COINr's `SA_sample(N, d)` builds it: two independent uniform matrices A and B (N × d each),
 * then for every input i the matrix A_B^i — A with its column i taken from B. The rows come in
 * COINr's order: the N rows of A, the N rows of B, then A_B^1 … A_B^d, N(d + 2) rows in all.
 *
 * The draws fill A and B column by column (as R fills `matrix(runif(2dN), nrow = N)`) from the
 * given generator, so the design is the same for the same seed on every platform.
 */
export type SaltelliDesign = {
  readonly n: number
  readonly d: number
  /** N(d + 2) rows × d columns, row-major: row r, input i at `values[r * d + i]`, each in [0, 1). */
  readonly values: Float64Array
}

/**
 * Builds the design from `random` (the app's `mulberry32`).
 *
 * @example
 *   const design = saltelliSample(500, 4, mulberry32(1))
 *   design.values.length // => 500 * 6 * 4
 */
export function saltelliSample(n: number, d: number, random: () => number): SaltelliDesign {
  const rows = n * (d + 2)
  const values = new Float64Array(rows * d)
  // Xbase: N × 2d, filled column by column; columns 0..d-1 are A, d..2d-1 are B.
  for (let column = 0; column < 2 * d; column += 1) {
    const input = column % d
    const firstRow = column < d ? 0 : n
    for (let row = 0; row < n; row += 1) values[(firstRow + row) * d + input] = random()
  }
  for (let block = 0; block < d; block += 1) {
    for (let row = 0; row < n; row += 1) {
      const target = (2 + block) * n + row
      for (let input = 0; input < d; input += 1) {
        const source = input === block ? n + row : row
        values[target * d + input] = values[source * d + input] as number
      }
    }
  }
  return { n, d, values }
}

/** Row `row` of the design as d numbers. @example designRow(design, 0) // => A's first row */
export function designRow(design: SaltelliDesign, row: number): Float64Array {
  return design.values.subarray(row * design.d, (row + 1) * design.d)
}

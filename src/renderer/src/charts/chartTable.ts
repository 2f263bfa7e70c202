/** A chart's numbers as a table: the column headers and one row per category (its label first). */
export type ChartTable = {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
  /** Columns (by index) holding numbers: right-aligned. */
  readonly numeric: readonly number[]
}

type ChartDataLike = {
  readonly labels?: readonly unknown[] | undefined
  readonly datasets: readonly { readonly label?: string | undefined; readonly data: readonly unknown[] }[]
}

/** The number a chart point stands for: a number, or the `y` (or `x`, for horizontal bars) of a point object. */
function pointValue(point: unknown, horizontal: boolean): number | null {
  if (typeof point === 'number') return Number.isFinite(point) ? point : null
  if (typeof point === 'object' && point !== null) {
    const value = (point as Record<string, unknown>)[horizontal ? 'x' : 'y']
    return typeof value === 'number' && Number.isFinite(value) ? value : null
  }
  return null
}

/**
 * The data-table alternative of a category chart (bars, lines, radar): one row per label, one
 * column per dataset, the same numbers the chart draws, each through `formatValue` (the
 * interface's number format); a missing value is "—". Datasets without a label are named by
 * their position ("2").
 *
 * @example
 *   chartTable({ labels: ['Sở A'], datasets: [{ label: 'Điểm', data: [0.5] }] }, 'Đơn vị', (value) => String(value))
 *   // => { headers: ['Đơn vị', 'Điểm'], rows: [['Sở A', '0.5']], numeric: [1] }
 */
export function chartTable(
  data: ChartDataLike,
  categoryHeader: string,
  formatValue: (value: number) => string,
  options: { readonly horizontal?: boolean } = {},
): ChartTable {
  const horizontal = options.horizontal ?? false
  const labels = data.labels ?? []
  const length = Math.max(labels.length, ...data.datasets.map((dataset) => dataset.data.length))
  const headers = [
    categoryHeader,
    ...data.datasets.map((dataset, index) => dataset.label ?? String(index + 1)),
  ]
  const rows = Array.from({ length }, (_, row) => {
    const label = labels[row]
    return [
      Array.isArray(label) ? label.join(' ') : label === undefined ? String(row + 1) : String(label),
      ...data.datasets.map((dataset) => {
        const value = pointValue(dataset.data[row], horizontal)
        return value === null ? '—' : formatValue(value)
      }),
    ]
  })
  return { headers, rows, numeric: data.datasets.map((_, index) => index + 1) }
}

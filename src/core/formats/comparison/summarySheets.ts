import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { COMPARISON_DECIMALS, header, note, scoreCell, tableSheet, title } from './comparisonCells'
import { COMPARISON_LABELS as L } from './comparisonLabels'
import { componentMatrix } from '@core/comparison/componentMatrix'
import { compositeDistributions } from '@core/comparison/distribution'
import { groupAverages } from '@core/comparison/groupAverages'
import { componentCodesOf, type YearResults } from '@core/comparison/yearResults'

/**
 * "Phân bố": the five-number summary of the composite per year, then the histogram counts on the
 * common bins.
 *
 * @example
 *   distributionSheet(years).name // => 'Phân bố'
 */
export function distributionSheet(years: readonly YearResults[]): SheetSpec {
  const distributions = compositeDistributions(years)
  const summary = distributions.map((item): SpecCell[] => {
    const s = item.summary
    return [
      item.year,
      s?.count ?? 0,
      ...[s?.min, s?.q1, s?.median, s?.q3, s?.max, s?.mean].map((value) =>
        scoreCell(value ?? null, COMPARISON_DECIMALS),
      ),
    ]
  })
  const bins = distributions[0]?.bins ?? []
  const histogram = bins.map((bin, index): SpecCell[] => [
    `${bin.lower.toFixed(2)} – ${bin.upper.toFixed(2)}`,
    ...distributions.map((item) => item.bins[index]?.count ?? 0),
  ])
  return {
    name: L.sheets.distribution,
    columns: [{ width: 16 }, ...L.distribution.columns.slice(1).map(() => ({ width: 14 }))],
    rows: [
      [title(L.distribution.heading)],
      L.distribution.columns.map(header),
      ...summary,
      [],
      [title(L.distribution.histogramHeading)],
      [L.distribution.range, ...distributions.map((item) => String(item.year))].map(header),
      ...histogram,
    ],
  }
}

/**
 * "Theo nhóm": per year and group, the number of units and the mean composite and components.
 *
 * @example
 *   groupsSheet(years).name // => 'Theo nhóm'
 */
export function groupsSheet(years: readonly YearResults[]): SheetSpec {
  const latest = years.at(-1)
  const codes = latest === undefined ? [] : componentCodesOf(latest)
  const rows = groupAverages(years).flatMap((year) =>
    year.groups.map((group): SpecCell[] => [
      year.year,
      group.group,
      group.count,
      scoreCell(group.composite, COMPARISON_DECIMALS),
      ...codes.map((code) => scoreCell(group.components[code] ?? null, COMPARISON_DECIMALS)),
    ]),
  )
  return tableSheet(
    L.sheets.groups,
    [[title(L.groupsHeading)]],
    [L.year, L.group, L.unitCount, L.composite, ...codes],
    rows,
    [8, 30, 10, 14],
  )
}

/**
 * "Thành phần <năm>": the heat map's numbers, components by unit in ranking order.
 *
 * @example
 *   matrixSheet(year2026).name // => 'Thành phần 2026'
 */
export function matrixSheet(year: YearResults): SheetSpec {
  const matrix = componentMatrix(year)
  const rows = matrix.rows.map((row): SpecCell[] => [
    row.rank,
    row.code,
    row.name,
    scoreCell(row.composite, COMPARISON_DECIMALS),
    ...row.values.map((value) => scoreCell(value, COMPARISON_DECIMALS)),
  ])
  return tableSheet(
    L.sheets.matrix(year.year),
    [[title(L.matrixHeading(year.year))], [note(L.roundingNote)]],
    [L.rank, L.code, L.unit, L.composite, ...matrix.codes],
    rows,
    [8, 14, 44, 14],
    3,
  )
}

/**
 * "Biểu đồ": the charts drawn on screen, one under another with their titles; `null` without charts.
 *
 * @example
 *   chartsSheet(charts)?.images?.length
 */
export function chartsSheet(
  charts: readonly {
    readonly title: string
    readonly png: Uint8Array
    readonly width: number
    readonly height: number
  }[],
): SheetSpec | null {
  if (charts.length === 0) return null
  const rowPixels = 20
  const rows: SpecCell[][] = [[title(L.sheets.charts)], [note(L.chartsNote)]]
  const images: NonNullable<SheetSpec['images']>[number][] = []
  for (const chart of charts) {
    rows.push([], [{ value: chart.title, style: { bold: true } }])
    images.push({ png: chart.png, row: rows.length, column: 0, width: chart.width, height: chart.height })
    for (let filler = 0; filler < Math.ceil(chart.height / rowPixels); filler += 1) rows.push([])
  }
  return { name: L.sheets.charts, rows, images }
}

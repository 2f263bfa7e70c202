import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { vietnameseDate } from '@core/formats/results-report/reportCells'
import { COMPARISON_DECIMALS, note, scoreCell, tableSheet, title } from './comparisonCells'
import { COMPARISON_LABELS as L } from './comparisonLabels'
import type { ComparisonWorkbookInput } from './comparisonWorkbookInput'
import { matchCodes } from '@core/comparison/matchCodes'
import { rankChanges } from '@core/comparison/rankChanges'
import type { YearResults } from '@core/comparison/yearResults'

/**
 * "Tổng quan": the years compared (version and source of each), and how the indicators and
 * components of the two compared years match (every code that is not simply the same).
 *
 * @example
 *   overviewSheet(input, earlier, later).name // => 'Tổng quan'
 */
export function overviewSheet(
  input: ComparisonWorkbookInput,
  earlier: YearResults,
  later: YearResults,
): SheetSpec {
  const years = input.series.years
  const matching = matchCodes(earlier, later, years)
  const notSame = [...matching.byCode.values(), ...matching.dropped].filter(
    (match) => match.status !== 'same',
  )
  const rows: SpecCell[][] = [
    [
      title(
        L.title(
          later.structure.name.vi,
          years.map((year) => year.year),
        ),
      ),
    ],
    [note(L.generated(vietnameseDate(input.generatedAt), input.appVersion))],
    [note(L.roundingNote)],
    [note(L.compositeNote)],
    [],
    [L.year, L.version, L.source, L.unitCount].map((text) => ({ value: text, style: { header: true } })),
    ...years.map((year): SpecCell[] => [
      year.year,
      year.frameworkVersion,
      year.source.kind === 'assessment' ? L.sources.assessment : L.sources.imported(year.source.fileName),
      year.result.units.length,
    ]),
    [],
    [title(L.comparabilityHeading(earlier.year, later.year))],
    ...(matching.declared ? [] : [[note(L.undeclared(earlier.frameworkVersion, later.frameworkVersion))]]),
    [L.code, L.previousCode, L.indicatorColumns.status, L.note].map((text) => ({
      value: text,
      style: { header: true },
    })),
    ...notSame.map((match): SpecCell[] => [
      match.code,
      match.previousCode ?? '',
      L.status[match.status],
      match.note?.vi ?? '',
    ]),
  ]
  return {
    name: L.sheets.overview,
    columns: [
      { width: 22 },
      { width: 22 },
      { width: 40, style: { wrap: true } },
      { width: 60, style: { wrap: true } },
    ],
    rows,
  }
}

/**
 * "Các năm": every unit (latest ranking first) with its rank and composite in every year.
 *
 * @example
 *   yearsSheet(input).rows.length
 */
export function yearsSheet(input: ComparisonWorkbookInput): SheetSpec {
  const years = input.series.years
  const latest = years.at(-1)
  const order = new Map<string, { name: string; group: string; rank: number }>()
  for (const year of [...years].reverse()) {
    const root = year.result.components[year.result.rootCode]
    year.result.units.forEach((unit, index) => {
      if (!order.has(unit.code))
        order.set(unit.code, {
          name: unit.name,
          group: unit.group,
          rank: year === latest ? (root?.rank[index] ?? Infinity) : Infinity,
        })
    })
  }
  const codes = [...order.keys()].sort(
    (a, b) => (order.get(a)?.rank ?? Infinity) - (order.get(b)?.rank ?? Infinity) || a.localeCompare(b),
  )
  const rows = codes.map((code): SpecCell[] => {
    const unit = order.get(code)
    return [
      code,
      unit?.name ?? '',
      unit?.group ?? '',
      ...years.flatMap((year): SpecCell[] => {
        const index = year.result.units.findIndex((item) => item.code === code)
        const root = year.result.components[year.result.rootCode]
        return index < 0
          ? [L.notAssessed, null]
          : [root?.rank[index] ?? null, scoreCell(root?.score[index], year.result.decimals)]
      }),
    ]
  })
  const columns = [
    L.code,
    L.unit,
    L.group,
    ...years.flatMap((year) => [L.rankOf(year.year), L.valueOf(L.composite, year.year)]),
  ]
  return tableSheet(
    L.sheets.years,
    [[title(L.sheets.years)], [note(L.compositeNote)]],
    columns,
    rows,
    [14, 44, 22],
    2,
  )
}

/**
 * "Thay đổi hạng": each unit's rank and composite in the two compared years and the change.
 *
 * @example
 *   rankChangeSheet(earlier, later).name // => 'Thay đổi hạng'
 */
export function rankChangeSheet(earlier: YearResults, later: YearResults): SheetSpec {
  const rows = rankChanges(earlier, later).map((row): SpecCell[] => [
    row.code,
    row.name,
    row.group,
    row.rankBefore ?? L.notAssessed,
    row.rankAfter ?? L.notAssessed,
    row.change,
    scoreCell(row.compositeBefore, COMPARISON_DECIMALS),
    scoreCell(row.compositeAfter, COMPARISON_DECIMALS),
    scoreCell(row.compositeChange, COMPARISON_DECIMALS),
  ])
  const columns = [
    L.code,
    L.unit,
    L.group,
    L.rankOf(earlier.year),
    L.rankOf(later.year),
    L.rankChange,
    L.valueOf(L.composite, earlier.year),
    L.valueOf(L.composite, later.year),
    L.compositeChange,
  ]
  return tableSheet(
    L.sheets.rankChange,
    [[title(L.comparedYears(earlier.year, later.year))], [note(L.roundingNote)]],
    columns,
    rows,
    [14, 44, 22, 10, 10, 16, 14, 14, 16],
    2,
  )
}

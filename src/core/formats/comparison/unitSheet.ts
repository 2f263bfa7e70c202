import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { COMPARISON_DECIMALS, header, note, scoreCell, title } from './comparisonCells'
import { COMPARISON_LABELS as L } from './comparisonLabels'
import { indicatorChanges } from '@core/comparison/indicatorChanges'
import { strengthsAndWeaknesses } from '@core/comparison/strengthsAndWeaknesses'
import { unitTrajectory } from '@core/comparison/unitTrajectory'
import { nodeName, type YearResults } from '@core/comparison/yearResults'

/**
 * "Đơn vị <mã>": one unit across the years (rank, composite, components), its indicator changes
 * between the two compared years by impact on the composite (not comparable ones marked), and its
 * strengths and weaknesses against the group median in the later year. `null` when the unit is
 * in no year.
 *
 * @example
 *   unitSheet(years, earlier, later, 'STC')?.name // => 'Đơn vị STC'
 */
export function unitSheet(
  years: readonly YearResults[],
  earlier: YearResults,
  later: YearResults,
  unitCode: string,
): SheetSpec | null {
  const trajectory = unitTrajectory(years, unitCode)
  if (trajectory === null) return null
  const score = (value: number | null | undefined) => scoreCell(value ?? null, COMPARISON_DECIMALS)
  const rows: SpecCell[][] = [
    [title(L.unitHeading(`${trajectory.unit.name} (${trajectory.unit.code})`))],
    [note(L.compositeNote)],
    [L.year, L.version, L.rank, L.rankedOf, L.composite, ...trajectory.componentCodes].map(header),
    ...trajectory.years.map((year): SpecCell[] => [
      year.year,
      year.frameworkVersion,
      year.assessed ? year.rank : L.notAssessed,
      year.rankedCount,
      score(year.composite),
      ...trajectory.componentCodes.map((code) => {
        const value = year.components[code]
        return value === undefined || value.comparable ? score(value?.score) : L.status[value.status]
      }),
    ]),
  ]
  const changes = indicatorChanges(earlier, later, unitCode, years)
  if (changes !== null) {
    const y1 = changes.earlierYear
    const y2 = changes.laterYear
    rows.push(
      [],
      [title(L.indicatorHeading(y1, y2))],
      [note(L.explained(changes.explained.toFixed(4)))],
      ...(changes.additive ? [] : [[note(L.notAdditive)]]),
      ...(changes.declared ? [] : [[note(L.undeclared(earlier.frameworkVersion, later.frameworkVersion))]]),
      [
        L.code,
        L.name,
        L.parent,
        L.indicatorColumns.status,
        L.previousCode,
        L.valueOf(L.indicatorColumns.value, y1),
        L.valueOf(L.indicatorColumns.value, y2),
        L.change,
        L.valueOf(L.indicatorColumns.score, y1),
        L.valueOf(L.indicatorColumns.score, y2),
        L.change,
        L.valueOf(L.indicatorColumns.contribution, y1),
        L.valueOf(L.indicatorColumns.contribution, y2),
        L.change,
      ].map(header),
      ...changes.rows.map((row): SpecCell[] => [
        row.code,
        row.name.vi,
        row.parent ?? '',
        L.status[row.status],
        row.previousCode ?? '',
        row.before?.value ?? null,
        row.after?.value ?? null,
        row.valueChange,
        score(row.before?.score),
        score(row.after?.score),
        score(row.scoreChange),
        score(row.before?.contribution),
        score(row.after?.contribution),
        score(row.contributionChange),
      ]),
    )
  }
  const standing = strengthsAndWeaknesses(later, unitCode, { include: 'components-and-indicators', limit: 5 })
  if (standing !== null) {
    rows.push(
      [],
      [title(L.standingHeading(later.year))],
      ...(standing.reference === 'all' ? [[note(L.standingReferenceAll)]] : []),
      L.standingColumns.map(header),
      ...[
        ...standing.strengths.map((item) => [L.strength, item] as const),
        ...standing.weaknesses.map((item) => [L.weakness, item] as const),
      ].map(([kind, item]): SpecCell[] => [
        kind,
        item.code,
        nodeName(later.structure, item.code).vi,
        score(item.score),
        score(item.median),
        score(item.difference),
        item.peers,
      ]),
    )
  }
  return {
    name: L.sheets.unit(unitCode),
    columns: [
      { width: 22 },
      { width: 44, style: { wrap: true } },
      ...Array.from({ length: 12 }, () => ({ width: 14 })),
    ],
    rows,
    freeze: { rows: 0, columns: 1 },
  }
}

import type { FormulaValue } from '@core/formula/formulaValue'
import type { LocalizedText } from '@core/framework/framework'
import { compositeShares } from './compositeShares'
import { matchCodes, type CodeStatus } from './matchCodes'
import { unitIndexOf, type YearResults } from './yearResults'

/** An indicator of one unit in one year: value before normalisation, normalised value (or points), contribution to the composite. */
export type IndicatorSide = {
  readonly raw: FormulaValue | null
  readonly value: number | null
  readonly score: number | null
  readonly contribution: number | null
}

/**
 * One indicator of one unit between two years. Differences are `null` when either side is
 * missing or the indicator is not comparable; they are never computed across a definition change.
 */
export type IndicatorChange = {
  readonly code: string
  readonly previousCode: string | null
  readonly name: LocalizedText
  /** The component the indicator belongs to (in the later year; the earlier for `dropped`). */
  readonly parent: string | null
  readonly status: CodeStatus
  readonly comparable: boolean
  readonly note: LocalizedText | null
  readonly before: IndicatorSide | null
  readonly after: IndicatorSide | null
  readonly valueChange: number | null
  readonly scoreChange: number | null
  /** From 0 when the indicator is missing in one year (it then contributes nothing). */
  readonly contributionChange: number | null
}

/**
 * The indicator changes of one unit between two years, and how they add up to the change of the
 * composite: `explained` is the sum of the comparable contribution changes; the rest comes from
 * indicators that are not comparable and from weights re-normalised over missing values.
 */
export type IndicatorChanges = {
  readonly unitCode: string
  readonly earlierYear: number
  readonly laterYear: number
  readonly compositeBefore: number | null
  readonly compositeAfter: number | null
  readonly compositeChange: number | null
  readonly explained: number
  /** False when a geometric or harmonic mean (or a points cap) sits on the way: contributions are then indicative. */
  readonly additive: boolean
  /** False when the versions differ and no comparability notes link them. */
  readonly declared: boolean
  /** Comparable indicators by the size of their effect on the composite, largest first; then the not comparable ones. */
  readonly rows: readonly IndicatorChange[]
}

/**
 * A missing value contributes nothing (the engine re-normalises the other weights), so the change
 * of contribution is measured from 0 when one side is missing; `null` when both are.
 */
function contributionDifference(before: IndicatorSide | null, after: IndicatorSide | null): number | null {
  if ((before?.contribution ?? null) === null && (after?.contribution ?? null) === null) return null
  return (after?.contribution ?? 0) - (before?.contribution ?? 0)
}

/**
 * What moved a unit's composite between two years, indicator by indicator: the value (before
 * normalisation), the normalised value and the contribution to the composite (score × the
 * indicator's share of the composite, as `compositeShares`), each year and the difference,
 * sorted by the absolute change of contribution. Indicators are matched with `matchCodes`; those
 * that are not comparable are listed after the others, with their status and note, and no
 * difference. `null` when the unit is missing in either year.
 *
 * @example
 *   indicatorChanges(year2025, year2026, 'STC', years)?.rows[0]?.code // => the indicator that moved STC most
 */
export function indicatorChanges(
  earlier: YearResults,
  later: YearResults,
  unitCode: string,
  known: readonly YearResults[] = [earlier, later],
): IndicatorChanges | null {
  const before = unitIndexOf(earlier.result, unitCode)
  const after = unitIndexOf(later.result, unitCode)
  if (before < 0 || after < 0) return null
  const matching = matchCodes(earlier, later, known)
  const sharesBefore = compositeShares(earlier.structure, earlier.result, before)
  const sharesAfter = compositeShares(later.structure, later.result, after)
  const side = (
    year: YearResults,
    index: number,
    code: string,
    shares: ReadonlyMap<string, number>,
  ): IndicatorSide | null => {
    const column = year.result.indicators[code]
    if (column === undefined) return null
    const score = column.score[index] ?? null
    const share = shares.get(code)
    return {
      raw: column.raw[index] ?? null,
      value: column.value[index] ?? null,
      score,
      contribution: score === null || share === undefined ? null : score * share,
    }
  }
  const difference = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : b - a
  const parentOf = (year: YearResults, code: string) =>
    year.structure.nodes.find((node) => node.code === code)?.parent ?? null
  const nameOf = (year: YearResults, code: string) =>
    year.structure.nodes.find((node) => node.code === code)?.name ?? { vi: code }

  const rows: IndicatorChange[] = Object.keys(later.result.indicators).map((code) => {
    const match = matching.byCode.get(code) ?? {
      previousCode: null,
      status: 'absent' as const,
      comparable: false,
      note: null,
    }
    const afterSide = side(later, after, code, sharesAfter.shares)
    const beforeSide =
      match.previousCode === null ? null : side(earlier, before, match.previousCode, sharesBefore.shares)
    const comparable = match.comparable
    return {
      code,
      previousCode: match.previousCode,
      name: nameOf(later, code),
      parent: parentOf(later, code),
      status: match.status,
      comparable,
      note: match.note,
      before: beforeSide,
      after: afterSide,
      valueChange: comparable ? difference(beforeSide?.value, afterSide?.value) : null,
      scoreChange: comparable ? difference(beforeSide?.score, afterSide?.score) : null,
      contributionChange: comparable ? contributionDifference(beforeSide, afterSide) : null,
    }
  })
  const droppedRows: IndicatorChange[] = matching.dropped
    .filter((match) => earlier.result.indicators[match.code] !== undefined)
    .map((match) => ({
      code: match.code,
      previousCode: match.code,
      name: nameOf(earlier, match.code),
      parent: parentOf(earlier, match.code),
      status: 'dropped',
      comparable: false,
      note: match.note,
      before: side(earlier, before, match.code, sharesBefore.shares),
      after: null,
      valueChange: null,
      scoreChange: null,
      contributionChange: null,
    }))
  const impact = (row: IndicatorChange) =>
    row.contributionChange === null ? -1 : Math.abs(row.contributionChange)
  const comparableRows = rows
    .filter((row) => row.comparable)
    .sort((a, b) => impact(b) - impact(a) || a.code.localeCompare(b.code))
  const statusOrder: readonly string[] = ['changed', 'added', 'absent', 'dropped']
  const otherRows = [...rows.filter((row) => !row.comparable), ...droppedRows].sort(
    (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) || a.code.localeCompare(b.code),
  )
  const compositeBefore = earlier.result.components[earlier.result.rootCode]?.score[before] ?? null
  const compositeAfter = later.result.components[later.result.rootCode]?.score[after] ?? null
  return {
    unitCode,
    earlierYear: earlier.year,
    laterYear: later.year,
    compositeBefore,
    compositeAfter,
    compositeChange: difference(compositeBefore, compositeAfter),
    explained: comparableRows.reduce((sum, row) => sum + (row.contributionChange ?? 0), 0),
    additive: sharesBefore.additive && sharesAfter.additive,
    declared: matching.declared,
    rows: [...comparableRows, ...otherRows],
  }
}

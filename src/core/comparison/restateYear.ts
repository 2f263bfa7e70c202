import { rankColumn } from '@core/scoring/rankColumn'
import type { ComponentResult, IndicatorResult } from '@core/scoring/assessmentResult'
import type { LineageRow, UnitLineage } from './unitLineage'
import type { YearResults } from './yearResults'

/**
 * How a merged unit's earlier value is made from its predecessors': their arithmetic mean (as
 * the national DTI 2024 ranking of the 34 provinces did), a mean weighted by an attribute of the
 * predecessors (population, staff…; `weight` is the lineage file's own column), or not at all
 * ("không so sánh được").
 *
 * @example
 *   const rule: CombineRule = { kind: 'weighted', attribute: 'population' }
 */
export type CombineRule =
  | { readonly kind: 'mean' }
  | { readonly kind: 'weighted'; readonly attribute: string }
  | { readonly kind: 'none' }

/** The default rule. @example DEFAULT_COMBINE_RULE.kind // => 'mean' */
export const DEFAULT_COMBINE_RULE: CombineRule = { kind: 'mean' }

/**
 * How one later unit's earlier value was restated: the earlier units it comes from (code and
 * name, in lineage order), the kinds of events on the way, the rule used, and whether the value
 * could be made (`none` makes merged units not comparable; a weighted rule without a weight for
 * every predecessor does too).
 *
 * @example
 *   const note: UnitRestatement = { unit: 'SKHCN', predecessors: [{ code: 'STTTT', name: 'Sở Thông tin và Truyền thông' }, { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' }], kinds: ['merged'], rule: { kind: 'mean' }, comparable: true, missingWeights: [] }
 */
export type UnitRestatement = {
  readonly unit: string
  readonly predecessors: readonly { readonly code: string; readonly name: string }[]
  readonly kinds: readonly ('renamed' | 'merged' | 'split' | 'created')[]
  readonly rule: CombineRule
  readonly comparable: boolean
  readonly missingWeights: readonly string[]
}

/** An earlier unit that no longer exists in the later year; `into` names where its functions went, if the lineage says. */
export type DissolvedUnit = {
  readonly code: string
  readonly name: string
  readonly date: string
  readonly into: { readonly code: string; readonly name: string } | null
}

/**
 * An earlier year restated in a later year's units: the results (units of the later year, every
 * column combined from predecessors, ranks recomputed over the restated set with the engine's
 * competition ranking), one note per unit whose value was restated, and the units that were
 * dissolved on the way. When no lineage event falls between the two years, `year` is the earlier
 * year as it was.
 */
export type RestatedYear = {
  readonly year: YearResults
  readonly notes: ReadonlyMap<string, UnitRestatement>
  readonly dissolved: readonly DissolvedUnit[]
  /** Whether any lineage event falls between the two years. */
  readonly restated: boolean
}

export type RestateOptions = {
  readonly rule?: CombineRule
  /** Weights of earlier units by code, for a weighted rule whose attribute is not the lineage's own `weight`. */
  readonly weights?: ReadonlyMap<string, number>
}

/** An earlier value made from earlier units: coefficients that add up to 1 (empty: no history). */
type Parts = ReadonlyMap<string, number>

/** How one standing code comes from the earlier units (see `traceLineage`). */
export type LineageTrace = {
  parts: Parts
  predecessors: { code: string; name: string }[]
  kinds: Set<'renamed' | 'merged' | 'split' | 'created'>
  comparable: boolean
  missingWeights: string[]
}

/** The last day of a year: a year's units are those standing on 31 December. */
const yearEnd = (year: number) => `${year}-12-31`

/**
 * The events that fall between two years (after 31 December of the earlier year, up to 31
 * December of the later one): a year's results are of the units standing at its end.
 *
 * @example
 *   lineageEventsBetween(lineage, 2024, 2025).length // => the 2025 reorganisation's rows
 */
export function lineageEventsBetween(lineage: UnitLineage, earlier: number, later: number): LineageRow[] {
  return lineage.rows.filter(
    (row) => row.effectiveDate > yearEnd(earlier) && row.effectiveDate <= yearEnd(later),
  )
}

/**
 * Restates an earlier year's results in the units of a later year through the lineage, applying
 * the events in date order (those of one date at once): merged → the predecessors' values
 * combined by the rule; renamed → carried; split → every successor gets the predecessor's value
 * (flagged; a successor of several split units gets them combined by the rule); dissolved →
 * listed, nothing carried; created → no history. Chains compose (a unit renamed, then merged).
 * A combined value leaves out predecessors without a value (a mean of those that have one).
 *
 * @example
 *   const restated = restateYear(year2024, year2026.result.units, lineage)
 *   restated.notes.get('SKHCN')?.predecessors.length // => 2
 */
export function restateYear(
  earlier: YearResults,
  laterUnits: readonly { readonly code: string; readonly name: string; readonly group: string }[],
  lineage: UnitLineage,
  laterYear: number,
  options: RestateOptions = {},
): RestatedYear {
  const rule = options.rule ?? DEFAULT_COMBINE_RULE
  const events = lineageEventsBetween(lineage, earlier.year, laterYear)
  if (events.length === 0) return { year: earlier, notes: new Map(), dissolved: [], restated: false }
  const { state, dissolved } = traceLineage(earlier.result.units, events, rule, options.weights)
  return {
    year: restatedResults(earlier, laterUnits, state),
    notes: restatementNotes(laterUnits, state, rule),
    dissolved,
    restated: true,
  }
}

function restatedResults(
  earlier: YearResults,
  laterUnits: readonly { readonly code: string; readonly name: string; readonly group: string }[],
  state: ReadonlyMap<string, LineageTrace>,
): YearResults {
  const source = earlier.result
  const position = new Map(source.units.map((unit, index) => [unit.code, index]))
  const combine = (column: readonly (number | null)[]): (number | null)[] =>
    laterUnits.map((unit) => {
      const trace = state.get(unit.code)
      if (trace === undefined || !trace.comparable || trace.parts.size === 0) return null
      let sum = 0
      let weight = 0
      for (const [code, coefficient] of trace.parts) {
        const value = column[position.get(code) ?? -1]
        if (value === null || value === undefined || !Number.isFinite(value)) continue
        sum += coefficient * value
        weight += coefficient
      }
      return weight > 0 ? sum / weight : null
    })
  const components: Record<string, ComponentResult> = {}
  for (const [code, component] of Object.entries(source.components)) {
    const score = combine(component.score)
    components[code] = { code, score, rank: rankColumn(score, 'descending') }
  }
  const indicators: Record<string, IndicatorResult> = {}
  for (const [code, indicator] of Object.entries(source.indicators)) {
    const value = combine(indicator.value)
    // a restated raw value is the combined numeric value (texts and booleans are not combined)
    indicators[code] = {
      code,
      raw: value,
      imputed: laterUnits.map(() => null),
      value,
      score: combine(indicator.score),
    }
  }
  const root = components[source.rootCode]?.score ?? laterUnits.map(() => null)
  const identity = (code: string) => {
    const parts = state.get(code)?.parts
    return (
      parts !== undefined && parts.size === 1 && parts.get(code) === 1 && state.get(code)?.kinds.size === 0
    )
  }
  return {
    ...earlier,
    result: {
      ...source,
      units: laterUnits.map((unit) => ({ code: unit.code, name: unit.name, group: unit.group })),
      components,
      indicators,
      share: root.map((value) => (value === null ? null : value / source.maximum)),
      band: laterUnits.map((unit) =>
        identity(unit.code) ? (source.band[position.get(unit.code) ?? -1] ?? null) : null,
      ),
    },
  }
}

/**
 * How every code standing after the events comes from the earlier units: coefficients over them
 * (adding up to 1, empty for a unit with no history), predecessors, kinds and whether the value
 * can be made; and the units dissolved on the way. What `restateYear` and `restateAnswers` share.
 *
 * @example
 *   traceLineage(units, lineageEventsBetween(lineage, 2024, 2025), { kind: 'mean' }).state.get('SKHCN')?.parts // => Map { STTTT → 0.5, SKHCN → 0.5 }
 */
export function traceLineage(
  earlierUnits: readonly { readonly code: string; readonly name: string }[],
  events: readonly LineageRow[],
  rule: CombineRule,
  weights?: ReadonlyMap<string, number>,
): {
  readonly state: ReadonlyMap<string, LineageTrace>
  readonly dissolved: readonly DissolvedUnit[]
} {
  const names = new Map(earlierUnits.map((unit) => [unit.code, unit.name]))
  const state = new Map<string, LineageTrace>(
    earlierUnits.map((unit) => [
      unit.code,
      {
        parts: new Map([[unit.code, 1]]),
        predecessors: [{ code: unit.code, name: unit.name }],
        kinds: new Set(),
        comparable: true,
        missingWeights: [],
      },
    ]),
  )
  const dissolved: DissolvedUnit[] = []
  const weightOf = (row: LineageRow): number | null =>
    rule.kind !== 'weighted'
      ? 1
      : rule.attribute === 'weight'
        ? row.weight
        : (weights?.get(row.oldCode) ?? row.weight)
  const dates = [...new Set(events.map((row) => row.effectiveDate))].sort()
  for (const date of dates) {
    const today = events.filter((row) => row.effectiveDate === date)
    const next = new Map(state)
    const removed = new Set<string>()
    const bySuccessor = new Map<string, LineageRow[]>()
    for (const row of today) {
      if (row.kind === 'unchanged') continue
      if (row.kind === 'dissolved') {
        removed.add(row.oldCode)
        if (state.has(row.oldCode))
          dissolved.push({
            code: row.oldCode,
            name: names.get(row.oldCode) ?? row.oldName,
            date: row.effectiveDate,
            into: row.newCode === '' ? null : { code: row.newCode, name: row.newName },
          })
        continue
      }
      if (row.kind === 'created') {
        next.set(row.newCode, {
          parts: new Map(),
          predecessors: [],
          kinds: new Set(['created']),
          comparable: false,
          missingWeights: [],
        })
        continue
      }
      if (row.oldCode !== row.newCode) removed.add(row.oldCode)
      bySuccessor.set(row.newCode, [...(bySuccessor.get(row.newCode) ?? []), row])
    }
    for (const [successor, rows] of bySuccessor) {
      const sources = rows.filter((row) => state.has(row.oldCode))
      const kinds = new Set<'renamed' | 'merged' | 'split' | 'created'>()
      for (const row of rows) if (row.kind !== 'dissolved' && row.kind !== 'unchanged') kinds.add(row.kind)
      for (const row of sources) for (const kind of state.get(row.oldCode)?.kinds ?? []) kinds.add(kind)
      const combining = sources.length > 1
      const missingWeights = combining
        ? sources.filter((row) => weightOf(row) === null).map((row) => row.oldCode)
        : []
      const notComparable = combining && (rule.kind === 'none' || missingWeights.length > 0)
      const parts = new Map<string, number>()
      const total = sources.reduce((sum, row) => sum + (combining ? (weightOf(row) ?? 0) : 1), 0)
      for (const row of sources) {
        const share = combining ? (weightOf(row) ?? 0) / (total || 1) : 1
        for (const [code, coefficient] of state.get(row.oldCode)?.parts ?? [])
          parts.set(code, (parts.get(code) ?? 0) + share * coefficient)
      }
      next.set(successor, {
        parts,
        predecessors: sources.flatMap((row) => state.get(row.oldCode)?.predecessors ?? []),
        kinds,
        comparable: !notComparable && sources.every((row) => state.get(row.oldCode)?.comparable !== false),
        missingWeights: [
          ...missingWeights,
          ...sources.flatMap((row) => state.get(row.oldCode)?.missingWeights ?? []),
        ],
      })
    }
    for (const code of removed) if (!bySuccessor.has(code)) next.delete(code)
    state.clear()
    for (const [code, trace] of next) state.set(code, trace)
  }
  return { state, dissolved }
}

/**
 * The notes of the later units whose value is restated (any event on their way), by code.
 *
 * @example
 *   restatementNotes(laterUnits, traceLineage(…).state, { kind: 'mean' }).get('SKHCN')?.kinds // => ['merged']
 */
export function restatementNotes(
  laterUnits: readonly { readonly code: string }[],
  state: ReadonlyMap<string, LineageTrace>,
  rule: CombineRule,
): Map<string, UnitRestatement> {
  return new Map(
    laterUnits.flatMap((unit): [string, UnitRestatement][] => {
      const trace = state.get(unit.code)
      if (trace === undefined || trace.kinds.size === 0) return []
      return [
        [
          unit.code,
          {
            unit: unit.code,
            predecessors: trace.predecessors,
            kinds: [...trace.kinds],
            rule,
            comparable: trace.comparable,
            missingWeights: trace.missingWeights,
          },
        ],
      ]
    }),
  )
}

import { lineageEventsBetween } from './restateYear'
import type { UnitLineage } from './unitLineage'

/** A unit of a list (an assessment's, a year's results'). */
type ListedUnit = { readonly code: string; readonly name: string; readonly group: string }

/**
 * What happened to one unit of last year's list on the way to this year's (for the evaluator:
 * "SKHCN: ghép từ STTTT, SKHCN").
 *
 * @example
 *   const change: UnitListChange = { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'merged', from: ['STTTT', 'SKHCN'] }
 */
export type UnitListChange = {
  readonly code: string
  readonly name: string
  readonly kind: 'renamed' | 'merged' | 'split' | 'dissolved' | 'created'
  readonly from: readonly string[]
}

/**
 * Last year's unit list carried through the lineage to this year's: predecessors that were
 * renamed, merged, split or dissolved leave, successors and created units come in at the place of
 * their first predecessor (a created unit at the end), with the group of that predecessor; units
 * the lineage does not touch stay as they are, in order. The changes say what moved.
 *
 * @example
 *   unitsAfterLineage(units2025, lineage, 2025, 2026).units.map((unit) => unit.code)
 */
export function unitsAfterLineage(
  units: readonly ListedUnit[],
  lineage: UnitLineage,
  earlierYear: number,
  laterYear: number,
): { readonly units: readonly ListedUnit[]; readonly changes: readonly UnitListChange[] } {
  type Arrival = { unit: ListedUnit; after: string | null; kind: UnitListChange['kind']; from: string[] }
  let list: ListedUnit[] = [...units]
  const changes: UnitListChange[] = []
  const events = lineageEventsBetween(lineage, earlierYear, laterYear)
  const dates = [...new Set(events.map((row) => row.effectiveDate))].sort()
  for (const date of dates) {
    const today = events.filter((row) => row.effectiveDate === date)
    const present = new Set(list.map((unit) => unit.code))
    const leaving = new Set<string>()
    const arriving = new Map<string, Arrival>()
    const arrive = (code: string, name: string, from: string | null, kind: UnitListChange['kind']) => {
      const predecessor = from === null ? undefined : list.find((unit) => unit.code === from)
      const entry: Arrival = arriving.get(code) ?? {
        unit: { code, name: name || code, group: predecessor?.group ?? '' },
        after: predecessor?.code ?? null,
        kind,
        from: [],
      }
      if (from !== null && kind !== 'created') entry.from.push(from)
      arriving.set(code, entry)
    }
    for (const row of today) {
      if (row.kind === 'unchanged') continue
      if (row.kind === 'created') {
        if (!present.has(row.newCode)) arrive(row.newCode, row.newName, null, 'created')
        continue
      }
      if (!present.has(row.oldCode)) continue
      if (row.kind === 'dissolved') {
        leaving.add(row.oldCode)
        changes.push({ code: row.oldCode, name: row.oldName, kind: 'dissolved', from: [row.oldCode] })
        // the unit that takes over its functions, when the lineage names one that is not yet listed
        if (row.newCode !== '' && !present.has(row.newCode) && !arriving.has(row.newCode))
          arrive(row.newCode, row.newName, row.oldCode, 'created')
        continue
      }
      if (row.oldCode !== row.newCode) leaving.add(row.oldCode)
      arrive(row.newCode, row.newName, row.oldCode, row.kind)
    }
    const next: ListedUnit[] = []
    const placed = new Set<string>()
    const place = (entry: Arrival) => {
      if (placed.has(entry.unit.code)) return
      next.push(entry.unit)
      placed.add(entry.unit.code)
    }
    for (const unit of list) {
      if (!leaving.has(unit.code) && !arriving.has(unit.code)) next.push(unit)
      for (const entry of arriving.values()) if (entry.after === unit.code) place(entry)
    }
    for (const entry of arriving.values()) {
      place(entry)
      changes.push({ code: entry.unit.code, name: entry.unit.name, kind: entry.kind, from: entry.from })
    }
    list = next
  }
  return { units: list, changes }
}

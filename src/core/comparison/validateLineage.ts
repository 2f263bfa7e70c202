import { err, ok, type Result } from '@core/result'
import {
  LINEAGE_KINDS,
  type LineageDraftRow,
  type LineageKind,
  type LineageProblem,
  type LineageRow,
  type UnitLineage,
} from './unitLineage'

export type ValidateLineageOptions = {
  /** Codes that exist before the lineage's first event (the workspace's units); unknown predecessors are refused. */
  readonly knownCodes?: ReadonlySet<string>
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `2025-03-01` when it is a real calendar date, otherwise null. */
function isoDate(text: string): string | null {
  const match = ISO_DATE.exec(text.trim())
  if (match === null) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? text.trim()
    : null
}

function weightOf(value: string | number | null): number | null | 'invalid' {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : 'invalid'
  const text = value.trim()
  if (text === '') return null
  const number = Number(text.replace(',', '.'))
  return /^\d+(?:[.,]\d+)?$/.test(text) && number > 0 ? number : 'invalid'
}

/** Whether the kind carries a value from `oldCode` to `newCode` (an edge of the lineage graph). */
const carries = (kind: LineageKind) => kind === 'renamed' || kind === 'merged' || kind === 'split'

/**
 * Checks a lineage read from a file and returns it ordered by date, or every problem at once:
 * a kind, date or weight that cannot be read; a missing code (`created` needs only the new code,
 * `dissolved` only the old one, the others both); the same row twice; a predecessor that is
 * neither a known unit nor the successor of an earlier row (when `knownCodes` is given); a cycle
 * of codes (A → B → A); a code merged into two different units on one date; a code used as a
 * predecessor before the date it was created.
 *
 * @example
 *   validateLineage([{ row: 2, newCode: 'SKHCN', newName: '', oldCode: 'STTTT', oldName: '', kind: 'merged', effectiveDate: '2025-03-01', weight: '', source: '' }]).ok // => true
 */
export function validateLineage(
  drafts: readonly LineageDraftRow[],
  options: ValidateLineageOptions = {},
): Result<UnitLineage, readonly LineageProblem[]> {
  const problems: LineageProblem[] = []
  const rows: { readonly row: number; readonly value: LineageRow }[] = []
  const seen = new Map<string, number>()
  for (const draft of drafts) {
    const kind = draft.kind.trim().toLowerCase()
    const effectiveDate = isoDate(draft.effectiveDate)
    const weight = weightOf(draft.weight)
    const newCode = draft.newCode.trim()
    const oldCode = draft.oldCode.trim()
    let good = true
    if (!(LINEAGE_KINDS as readonly string[]).includes(kind)) {
      problems.push({ code: 'lineage-bad-kind', row: draft.row, found: draft.kind })
      good = false
    }
    if (effectiveDate === null) {
      problems.push({ code: 'lineage-bad-date', row: draft.row, found: draft.effectiveDate })
      good = false
    }
    if (weight === 'invalid') {
      problems.push({ code: 'lineage-bad-weight', row: draft.row, found: String(draft.weight) })
      good = false
    }
    if (newCode === '' && kind !== 'dissolved') {
      problems.push({ code: 'lineage-missing-code', row: draft.row, column: 'new_code' })
      good = false
    }
    if (oldCode === '' && kind !== 'created') {
      problems.push({ code: 'lineage-missing-code', row: draft.row, column: 'old_code' })
      good = false
    }
    const key = [newCode, oldCode, kind, draft.effectiveDate.trim()].join('\u0000')
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push({ code: 'lineage-duplicate-row', row: draft.row, first })
      good = false
    } else seen.set(key, draft.row)
    if (!good || effectiveDate === null || weight === 'invalid') continue
    rows.push({
      row: draft.row,
      value: {
        newCode,
        newName: draft.newName.trim(),
        oldCode: kind === 'created' ? '' : oldCode,
        oldName: draft.oldName.trim(),
        kind: kind as LineageKind,
        effectiveDate,
        weight,
        source: draft.source.trim(),
      },
    })
  }
  problems.push(...graphProblems(rows, options.knownCodes))
  if (problems.length > 0) return err([...problems].sort((a, b) => a.row - b.row))
  const ordered = [...rows].sort((a, b) =>
    a.value.effectiveDate < b.value.effectiveDate
      ? -1
      : a.value.effectiveDate > b.value.effectiveDate
        ? 1
        : 0,
  )
  return ok({ rows: ordered.map((item) => item.value) })
}

type Located = { readonly row: number; readonly value: LineageRow }

function graphProblems(
  rows: readonly Located[],
  knownCodes: ReadonlySet<string> | undefined,
): LineageProblem[] {
  const problems: LineageProblem[] = []
  // a code merged into two different successors on one date
  const mergedInto = new Map<string, Located>()
  for (const item of rows) {
    const { value } = item
    if (value.kind !== 'merged' && value.kind !== 'renamed') continue
    const key = `${value.oldCode}\u0000${value.effectiveDate}`
    const first = mergedInto.get(key)
    if (first === undefined) mergedInto.set(key, item)
    else if (first.value.newCode !== value.newCode)
      problems.push({
        code: 'lineage-merged-twice',
        row: item.row,
        unit: value.oldCode,
        date: value.effectiveDate,
        first: first.value.newCode,
        second: value.newCode,
      })
  }
  // when a code first appears as a successor (created, renamed into, merged into from other codes)
  const createdOn = new Map<string, string>()
  const continuedOn = new Map<string, string>()
  for (const { value } of rows) {
    if (value.newCode === '') continue
    if (value.newCode === value.oldCode) {
      const earliest = continuedOn.get(value.newCode)
      if (earliest === undefined || value.effectiveDate < earliest)
        continuedOn.set(value.newCode, value.effectiveDate)
      continue
    }
    const earliest = createdOn.get(value.newCode)
    if (earliest === undefined || value.effectiveDate < earliest)
      createdOn.set(value.newCode, value.effectiveDate)
  }
  for (const item of rows) {
    const { value } = item
    if (value.oldCode === '') continue
    const created = createdOn.get(value.oldCode)
    const existedBefore = knownCodes?.has(value.oldCode) === true || continuedOn.has(value.oldCode)
    if (created !== undefined && !existedBefore && value.effectiveDate < created)
      problems.push({
        code: 'lineage-date-order',
        row: item.row,
        unit: value.oldCode,
        date: value.effectiveDate,
        createdOn: created,
      })
    if (knownCodes !== undefined && !knownCodes.has(value.oldCode) && created === undefined)
      problems.push({ code: 'lineage-unknown-code', row: item.row, unit: value.oldCode })
  }
  problems.push(...cycles(rows))
  return problems
}

/** Every cycle of the graph old → new (rows that carry a value, a code to itself excluded), once each. */
function cycles(rows: readonly Located[]): LineageProblem[] {
  const edges = new Map<string, Located[]>()
  for (const item of rows) {
    const { value } = item
    if (!carries(value.kind) || value.oldCode === value.newCode) continue
    edges.set(value.oldCode, [...(edges.get(value.oldCode) ?? []), item])
  }
  const problems: LineageProblem[] = []
  const state = new Map<string, 'open' | 'done'>()
  const reported = new Set<string>()
  const path: { code: string; via: Located | null }[] = []
  const visit = (code: string, via: Located | null) => {
    state.set(code, 'open')
    path.push({ code, via })
    for (const edge of edges.get(code) ?? []) {
      const next = edge.value.newCode
      if (state.get(next) === 'open') {
        const start = path.findIndex((step) => step.code === next)
        const loop = [...path.slice(start).map((step) => step.code), next]
        const key = [...loop.slice(0, -1)].sort().join('\u0000')
        if (!reported.has(key)) {
          reported.add(key)
          const loopRows = [...path.slice(start + 1).map((step) => step.via), edge].filter(
            (step): step is Located => step !== null,
          )
          problems.push({
            code: 'lineage-cycle',
            row: Math.min(...loopRows.map((step) => step.row)),
            cycle: loop.join(' → '),
          })
        }
      } else if (state.get(next) === undefined) visit(next, edge)
    }
    path.pop()
    state.set(code, 'done')
  }
  for (const code of [...edges.keys()].sort()) if (state.get(code) === undefined) visit(code, null)
  return problems
}

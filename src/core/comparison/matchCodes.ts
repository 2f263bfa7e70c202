import type { Comparability, LocalizedText } from '@core/framework/framework'
import type { YearResults } from './yearResults'

/**
 * How a code of the later year relates to the earlier year:
 * - `same`: the same code, no note in between: comparable;
 * - `renamed`: the code had another name then (`previousCode`): comparable;
 * - `changed`: its definition changed in between: not comparable;
 * - `added`: declared new in between: not comparable;
 * - `absent`: no note, but the earlier year has no such column: nothing to compare with;
 * - `dropped`: an earlier code with no counterpart in the later year (in `CodeMatching.dropped`).
 */
export type CodeStatus = 'same' | 'renamed' | 'changed' | 'added' | 'absent' | 'dropped'

/**
 * One code matched across two years. `code` is the later year's code (the earlier one for
 * `dropped`); `previousCode` is where to read the earlier year, `null` when not comparable.
 *
 * @example
 *   const match: CodeMatch = { code: 'UD_DVCTT', previousCode: 'UD_DVC', status: 'renamed', comparable: true, note: null }
 */
export type CodeMatch = {
  readonly code: string
  readonly previousCode: string | null
  readonly status: CodeStatus
  readonly comparable: boolean
  /** The framework's explanation, when a note gave one. */
  readonly note: LocalizedText | null
}

/**
 * The matching of every indicator and component between two years. `declared` is false when the
 * versions differ and no chain of comparability notes links them: codes are then matched as they
 * are (codes are meant to be stable), and the screen says that nothing was declared.
 *
 * @example
 *   matchCodes(earlier, later, allYears).byCode.get('HTKT_MayChu')?.comparable // => false when it changed
 */
export type CodeMatching = {
  readonly earlierYear: number
  readonly laterYear: number
  readonly declared: boolean
  /** Versions from the later back to the earlier one, both included. */
  readonly versionPath: readonly string[]
  readonly byCode: ReadonlyMap<string, CodeMatch>
  readonly dropped: readonly CodeMatch[]
}

type Step = { readonly from: string; readonly to: string; readonly entry: Comparability }

/**
 * Matches the indicators and components of two years by their stable codes, following the
 * comparability notes of the framework versions in between (comparison README §1): a `renamed`
 * note follows `previousCode`; `changed` and `added` make the code
 * not comparable; codes of the earlier year left unmatched are `dropped`. Notes are looked up in
 * every year's structure (`known`), so a chain 2026.1 → 2025.1 → 2024.1 works when each version
 * declares its changes against the one before.
 *
 * @example
 *   const matching = matchCodes(year2024, year2026, [year2024, year2025, year2026])
 *   matching.byCode.get('UD_DVCTT') // => { code: 'UD_DVCTT', previousCode: null, status: 'changed', comparable: false, note: … }
 */
export function matchCodes(
  earlier: YearResults,
  later: YearResults,
  known: readonly YearResults[] = [earlier, later],
): CodeMatching {
  const path = versionPath(earlier, later, known)
  const laterCodes = codesOf(later)
  const earlierCodes = new Set(codesOf(earlier))
  const byCode = new Map<string, CodeMatch>()
  const reached = new Set<string>()
  for (const code of laterCodes) {
    const match = followCode(code, path?.steps ?? [], earlierCodes)
    byCode.set(code, match)
    if (match.previousCode !== null) reached.add(match.previousCode)
  }
  const droppedNotes = new Map(
    (path?.steps ?? []).flatMap((step) =>
      step.entry.notes
        .filter((note) => note.change === 'dropped')
        .map((note) => [note.indicator, note.note ?? null] as const),
    ),
  )
  const dropped = [...earlierCodes]
    .filter((code) => !reached.has(code) && !laterCodes.includes(code))
    .map((code): CodeMatch => ({
      code,
      previousCode: null,
      status: 'dropped',
      comparable: false,
      note: droppedNotes.get(code) ?? null,
    }))
  return {
    earlierYear: earlier.year,
    laterYear: later.year,
    declared: path !== null,
    versionPath: path?.versions ?? [later.frameworkVersion, earlier.frameworkVersion],
    byCode,
    dropped,
  }
}

function codesOf(year: YearResults): string[] {
  const fromResult = [...Object.keys(year.result.components), ...Object.keys(year.result.indicators)]
  const fromTree = year.structure.nodes.map((node) => node.code).filter((code) => !fromResult.includes(code))
  return [...fromResult, ...fromTree]
}

function followCode(code: string, steps: readonly Step[], earlierCodes: ReadonlySet<string>): CodeMatch {
  let current = code
  let status: CodeStatus = 'same'
  let note: LocalizedText | null = null
  for (const step of steps) {
    const found = step.entry.notes.find((item) => item.indicator === current && item.change !== 'dropped')
    if (found === undefined) continue
    note = found.note ?? note
    if (found.change === 'changed' || found.change === 'added')
      return { code, previousCode: null, status: found.change, comparable: false, note }
    if (found.change === 'renamed' && found.previousCode !== undefined) {
      current = found.previousCode
      status = 'renamed'
    }
  }
  if (!earlierCodes.has(current))
    return { code, previousCode: null, status: 'absent', comparable: false, note }
  return { code, previousCode: current, status, comparable: true, note }
}

/** The chain of notes from the later version back to the earlier one, or null when none links them. */
function versionPath(
  earlier: YearResults,
  later: YearResults,
  known: readonly YearResults[],
): { readonly versions: string[]; readonly steps: Step[] } | null {
  if (earlier.frameworkVersion === later.frameworkVersion)
    return { versions: [later.frameworkVersion], steps: [] }
  const edges = new Map<string, Step[]>()
  const seenEntry = new Set<string>()
  for (const year of known) {
    if (year.frameworkId !== later.frameworkId) continue
    for (const entry of year.structure.comparability) {
      const key = `${year.frameworkVersion}→${entry.previousVersion}`
      if (seenEntry.has(key)) continue
      seenEntry.add(key)
      edges.set(year.frameworkVersion, [
        ...(edges.get(year.frameworkVersion) ?? []),
        { from: year.frameworkVersion, to: entry.previousVersion, entry },
      ])
    }
  }
  // Breadth first: the shortest chain, so a direct note against the earlier version wins.
  const queue: { readonly version: string; readonly versions: string[]; readonly steps: Step[] }[] = [
    { version: later.frameworkVersion, versions: [later.frameworkVersion], steps: [] },
  ]
  const visited = new Set([later.frameworkVersion])
  while (queue.length > 0) {
    const head = queue.shift()
    if (head === undefined) break
    for (const step of edges.get(head.version) ?? []) {
      if (visited.has(step.to)) continue
      const next = { version: step.to, versions: [...head.versions, step.to], steps: [...head.steps, step] }
      if (step.to === earlier.frameworkVersion) return next
      visited.add(step.to)
      queue.push(next)
    }
  }
  return null
}

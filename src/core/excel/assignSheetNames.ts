import { MAX_SHEET_NAME_LENGTH, sanitiseSheetName, truncateText } from './sanitiseSheetName'

/**
 * A requested sheet name and the name actually written (equal when nothing had to change).
 *
 * @example
 *   const entry: SheetNameAssignment = { requested: 'Dept/Finance', written: 'Dept_Finance' }
 */
export type SheetNameAssignment = { readonly requested: string; readonly written: string }

/** Excel reserves this name (any case) for its change-tracking sheet. */
const RESERVED = ['history']

/** Excel compares sheet names without regard to case; both foldings are checked to be safe. */
const keysOf = (name: string): readonly string[] => [name.toLowerCase(), name.toUpperCase().toLowerCase()]

/**
 * Gives every sheet a valid, unique name, deterministically and in order: each name goes through
 * `sanitiseSheetName`; the first sheet to claim a name (case-insensitively) keeps it, and later
 * ones get ` (2)`, ` (3)`… with the base cut so the result stays within 31 characters. Names that
 * are already unique never move to make room for a suffix. `History` is reserved.
 *
 * @example
 *   assignSheetNames(['Báo cáo', 'báo cáo', 'History']).map((entry) => entry.written)
 *   // => ['Báo cáo', 'báo cáo (2)', 'History (2)']
 */
export function assignSheetNames(requested: readonly string[]): readonly SheetNameAssignment[] {
  const taken = new Set<string>(RESERVED)
  const isTaken = (name: string): boolean => keysOf(name).some((key) => taken.has(key))
  const claim = (name: string): void => keysOf(name).forEach((key) => taken.add(key))

  const bases = requested.map(sanitiseSheetName)
  const written: (string | null)[] = bases.map((base) => {
    if (isTaken(base)) return null
    claim(base)
    return base
  })
  return requested.map((name, index) => {
    const base = bases[index] ?? ''
    const kept = written[index]
    return { requested: name, written: kept ?? claimSuffixed(base, isTaken, claim) }
  })
}

function claimSuffixed(
  base: string,
  isTaken: (name: string) => boolean,
  claim: (name: string) => void,
): string {
  for (let counter = 2; ; counter += 1) {
    const suffix = ` (${counter})`
    const candidate = truncateText(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/^'+/, '') + suffix
    if (!isTaken(candidate)) {
      claim(candidate)
      return candidate
    }
  }
}

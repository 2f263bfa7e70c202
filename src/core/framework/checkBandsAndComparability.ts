import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { issuePath } from './issuePath'

/**
 * Checks the bands (`band-order`: `minShare` strictly descending in list order, the last at 0 so
 * every total has a band) and the comparability notes (`comparability-unknown-indicator`: a
 * renamed, changed or added code that is no indicator or component of this framework; a dropped
 * code belongs to the previous version and is not checked).
 *
 * @example
 *   checkBandsAndComparability(aPointsFramework({ bands: [{ code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 }] }))
 *   // => [{ code: 'band-order', path: 'bands', problem: 'no-zero-band' }]
 */
export function checkBandsAndComparability(framework: Framework): FrameworkIssue[] {
  return [...checkBands(framework), ...checkComparability(framework)]
}

function checkBands(framework: Framework): FrameworkIssue[] {
  const bands = framework.bands ?? []
  const issues: FrameworkIssue[] = []
  bands.forEach((band, index) => {
    const previous = bands[index - 1]
    if (previous !== undefined && band.minShare >= previous.minShare) {
      issues.push({
        code: 'band-order',
        path: issuePath('bands', index, 'minShare'),
        problem: 'not-descending',
      })
    }
  })
  const last = bands.at(-1)
  if (last !== undefined && last.minShare !== 0)
    issues.push({ code: 'band-order', path: 'bands', problem: 'no-zero-band' })
  return issues
}

function checkComparability(framework: Framework): FrameworkIssue[] {
  const codes = new Set([...framework.indicators, ...framework.components].map((item) => item.code))
  return (framework.comparability ?? []).flatMap((entry, entryIndex) =>
    entry.notes.flatMap((note, noteIndex) =>
      note.change === 'dropped' || codes.has(note.indicator)
        ? []
        : [
            {
              code: 'comparability-unknown-indicator',
              path: issuePath('comparability', entryIndex, 'notes', noteIndex, 'indicator'),
              indicator: note.indicator,
            } as const,
          ],
    ),
  )
}

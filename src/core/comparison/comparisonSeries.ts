import type { YearResults } from './yearResults'

/**
 * The years of one framework id, oldest first, one result per year: what the manager compares.
 *
 * @example
 *   const series: ComparisonSeries = { frameworkId: 'dept-ict-readiness', years: [year2024, year2025, year2026] }
 */
export type ComparisonSeries = { readonly frameworkId: string; readonly years: readonly YearResults[] }

/**
 * Sorts results into series by framework id (a department framework and a district points set
 * are never compared), each oldest year first, with one result per year: this machine's
 * published assessment wins over an imported file of the same year (it has the full framework),
 * and among imports the later one in the list wins. Series with the most years come first.
 *
 * @example
 *   groupIntoSeries([...published, ...imported]).map((series) => series.frameworkId) // => ['dept-ict-readiness']
 */
export function groupIntoSeries(results: readonly YearResults[]): ComparisonSeries[] {
  const byFramework = new Map<string, Map<number, YearResults>>()
  for (const item of results) {
    const years = byFramework.get(item.frameworkId) ?? new Map<number, YearResults>()
    const existing = years.get(item.year)
    if (existing === undefined || !(existing.source.kind === 'assessment' && item.source.kind === 'imported'))
      years.set(item.year, item)
    byFramework.set(item.frameworkId, years)
  }
  return [...byFramework.entries()]
    .map(([frameworkId, years]) => ({
      frameworkId,
      years: [...years.values()].sort((a, b) => a.year - b.year),
    }))
    .sort((a, b) => b.years.length - a.years.length || a.frameworkId.localeCompare(b.frameworkId))
}

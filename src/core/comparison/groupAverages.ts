import { componentCodesOf, type YearResults } from './yearResults'

/** One group of units in one year: how many, and the mean of the composite and of each component. */
export type GroupAverage = {
  readonly group: string
  readonly count: number
  readonly composite: number | null
  /** By component code (the year's own codes). */
  readonly components: Readonly<Record<string, number | null>>
}

/** Every group in one year, in a stable order (by name, Vietnamese collation). */
export type YearGroupAverages = { readonly year: number; readonly groups: readonly GroupAverage[] }

/**
 * The mean composite and mean of each component per group of units (sở, ban, ngành; UBND quận,
 * huyện …), per year. Missing values are left out of each mean; a group with no value has `null`.
 *
 * @example
 *   groupAverages(years).at(-1)?.groups.map((group) => [group.group, group.composite])
 */
export function groupAverages(years: readonly YearResults[]): YearGroupAverages[] {
  const collator = new Intl.Collator('vi')
  return years.map((year) => {
    const codes = componentCodesOf(year)
    const groupNames = [...new Set(year.result.units.map((unit) => unit.group))].sort(collator.compare)
    const mean = (values: readonly (number | null | undefined)[]) => {
      const present = values.filter(
        (value): value is number => value !== null && value !== undefined && Number.isFinite(value),
      )
      return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length
    }
    return {
      year: year.year,
      groups: groupNames.map((group) => {
        const members = year.result.units.flatMap((unit, index) => (unit.group === group ? [index] : []))
        const column = (code: string) => members.map((index) => year.result.components[code]?.score[index])
        return {
          group,
          count: members.length,
          composite: mean(column(year.result.rootCode)),
          components: Object.fromEntries(codes.map((code) => [code, mean(column(code))])),
        }
      }),
    }
  })
}

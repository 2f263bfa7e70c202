import { restateYear, type RestatedYear, type RestateOptions } from './restateYear'
import type { UnitLineage } from './unitLineage'
import { unitsAfterLineage } from './unitsAfterLineage'
import type { YearResults } from './yearResults'

/**
 * An earlier year restated in the units a later year will have, when that year's unit list is not
 * known yet (a unit officer's estimate against last year): the earlier units carried through the
 * lineage (`unitsAfterLineage`), then `restateYear`.
 *
 * @example
 *   restateIntoYear(published2025, lineage, 2026).year.result.units.some((unit) => unit.code === 'STTTT') // => false
 */
export function restateIntoYear(
  earlier: YearResults,
  lineage: UnitLineage,
  laterYear: number,
  options: RestateOptions = {},
): RestatedYear {
  const units = unitsAfterLineage(earlier.result.units, lineage, earlier.year, laterYear).units
  return restateYear(earlier, units, lineage, laterYear, options)
}

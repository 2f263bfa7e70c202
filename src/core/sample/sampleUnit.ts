/**
 * A unit the sample generator answers for: the code and name shown everywhere, the group code
 * (kebab case, as a framework's `unitGroup`) and the group's Vietnamese name.
 *
 * @example
 *   const unit: SampleUnit = { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh', groupName: 'Sở, ban, ngành' }
 */
export type SampleUnit = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly groupName: string
}

/**
 * Whether a unit is a people's committee of a district or (from 1 July 2025) of a ward or
 * commune: local government, which answers as districts did (one-stop shop, map, many procedures).
 *
 * @example
 *   isLocalGovernment({ group: 'xa-phuong' }) // => true
 */
export function isLocalGovernment(unit: Pick<SampleUnit, 'group'>): boolean {
  return unit.group === 'quan-huyen' || unit.group === 'xa-phuong'
}

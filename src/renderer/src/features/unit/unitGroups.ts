/**
 * The unit groups offered in the profile, as framework `unitGroup` codes. A framework for another
 * group can still be filled in; it is just listed after the unit's own.
 */
export const UNIT_GROUPS = [
  'so-ban-nganh',
  'quan-huyen',
  'xa-phuong',
  'tinh-thanh',
  'bo-nganh',
  'khac',
] as const
export type UnitGroup = (typeof UNIT_GROUPS)[number]

export const isUnitGroup = (value: string): value is UnitGroup =>
  (UNIT_GROUPS as readonly string[]).includes(value)

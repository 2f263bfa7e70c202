/**
 * The Vietnamese names of the unit groups frameworks use as `unitGroup` codes (the same names the
 * app's unit profile shows). Data tables written by `ictwb sample` carry these codes in their
 * Group column.
 */
export const UNIT_GROUP_NAMES: Readonly<Record<string, string>> = {
  'so-ban-nganh': 'Sở, ban, ngành',
  'quan-huyen': 'UBND quận, huyện, thị xã, thành phố',
  'xa-phuong': 'UBND xã, phường, thị trấn',
  'tinh-thanh': 'Tỉnh, thành phố trực thuộc trung ương',
  'bo-nganh': 'Bộ, cơ quan ngang bộ',
  khac: 'Khác',
}

/**
 * A unit's group as people read it: a known group code by its name, any other text as it is.
 *
 * @example
 *   unitGroupName('so-ban-nganh') // => 'Sở, ban, ngành'
 *   unitGroupName('Sở, ban, ngành') // => 'Sở, ban, ngành'
 */
export function unitGroupName(group: string): string {
  return Object.hasOwn(UNIT_GROUP_NAMES, group) ? (UNIT_GROUP_NAMES[group] ?? group) : group
}

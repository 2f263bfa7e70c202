/**
 * A column width (in Excel's character units) that fits the longest line of the given texts,
 * plus a little padding, kept between `min` and `max` (wrapped columns use a `max`).
 *
 * @example
 *   fitColumnWidth(['Mã', 'SoCBCC'], 6, 24) // => 8
 */
export function fitColumnWidth(
  texts: readonly (string | number | null | undefined)[],
  min: number,
  max: number,
): number {
  let longest = 0
  for (const text of texts) {
    if (text === null || text === undefined) continue
    for (const line of String(text).split('\n')) longest = Math.max(longest, [...line].length)
  }
  return Math.max(min, Math.min(max, longest + 2))
}

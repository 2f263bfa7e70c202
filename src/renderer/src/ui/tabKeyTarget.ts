/** Which way a tab list runs: arrow keys along it move between tabs. */
export type TabOrientation = 'horizontal' | 'vertical'

/**
 * The tab a key moves to in a WAI-ARIA tab list (roving tabindex): the next or previous one
 * along the list, wrapping at the ends, Home the first, End the last; null for any other key.
 *
 * @example
 *   tabKeyTarget('ArrowRight', 2, 3, 'horizontal') // => 0
 *   tabKeyTarget('End', 0, 3, 'horizontal') // => 2
 */
export function tabKeyTarget(
  key: string,
  current: number,
  count: number,
  orientation: TabOrientation,
): number | null {
  if (count <= 0) return null
  const next = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown'
  const previous = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp'
  if (key === next) return (current + 1) % count
  if (key === previous) return (current - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}

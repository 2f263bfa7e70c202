/**
 * Competition ranking ("1, 2, 2, 4"): tied values share the minimum rank; missing values get no
 * rank. `descending` ranks the largest value 1 (the published ranking, methodology §3
 * "Ranking"); `ascending` ranks the smallest 1 (the `rank` normalisation, like R's
 * `rank(ties.method = "min")`).
 *
 * @example
 *   rankColumn([0.9, 0.7, 0.9, null], 'descending') // => [1, 3, 1, null]
 */
export function rankColumn(
  values: readonly (number | null)[],
  order: 'ascending' | 'descending',
): (number | null)[] {
  const present = values
    .map((value, index) => ({ value, index }))
    .filter(
      (entry): entry is { value: number; index: number } =>
        entry.value !== null && Number.isFinite(entry.value),
    )
  const sign = order === 'descending' ? -1 : 1
  present.sort((a, b) => sign * (a.value - b.value))
  const ranks: (number | null)[] = values.map(() => null)
  let position = 0
  while (position < present.length) {
    let end = position
    while (end + 1 < present.length && present[end + 1]?.value === present[position]?.value) end += 1
    for (let tied = position; tied <= end; tied += 1) {
      const entry = present[tied]
      if (entry) ranks[entry.index] = position + 1
    }
    position = end + 1
  }
  return ranks
}

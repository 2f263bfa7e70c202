/** How many good backups rotation keeps (reliability §3.7: recent ones plus one per day). */
export type RetentionPolicy = { readonly latest: number; readonly daily: number }

export const DEFAULT_RETENTION: RetentionPolicy = { latest: 10, daily: 7 }

type Dated = { readonly id: string; readonly createdAt: string }

/**
 * The good backups to keep: the `latest` newest, plus the newest of each of the `daily` most
 * recent calendar days (UTC) that have one. Everything else may be deleted. Only ever called
 * with verified backups, so a damaged file never takes a good one's place.
 *
 * @example
 *   selectBackupsToKeep(entries, { latest: 10, daily: 7 }) // => Set of ids to keep
 */
export function selectBackupsToKeep(
  entries: readonly Dated[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): ReadonlySet<string> {
  const newestFirst = [...entries].sort(
    (left, right) => right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id),
  )
  const keep = new Set(newestFirst.slice(0, Math.max(1, policy.latest)).map((entry) => entry.id))
  const days = new Set<string>()
  for (const entry of newestFirst) {
    const day = entry.createdAt.slice(0, 10)
    if (days.has(day)) continue
    if (days.size >= policy.daily) break
    days.add(day)
    keep.add(entry.id)
  }
  return keep
}

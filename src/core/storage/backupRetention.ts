import { isLargeDrop } from './checkDatabaseMarker'

/**
 * Rotation of automatic backups, pure, one set of rules for both editions: the desktop's backups
 * folder (main/services/backupStore.ts) and the browser edition's snapshots
 * (renderer/platform/opfsSnapshots.ts).
 */

/** How many good backups rotation keeps (reliability §3.7: recent ones plus one per day). */
export type RetentionPolicy = { readonly latest: number; readonly daily: number }

export const DEFAULT_RETENTION: RetentionPolicy = { latest: 10, daily: 7 }

/** `recordCount` unknown (older callers, tests of dates only) counts as a backup with data. */
type Dated = {
  readonly id: string
  readonly createdAt: string
  readonly recordCount?: number
  readonly reason?: string
}

const newestFirst = <T extends Dated>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (left, right) => right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id),
  )

/**
 * The good backups to keep. Three rules (decision 0013):
 *
 * 1. Backups that hold the data — all but the "low" ones — keep the `latest` newest plus the newest
 *    of each of the `daily` most recent calendar days (UTC) that have one.
 * 2. "Low" backups — whose record count is a large drop (`isLargeDrop`: ≥ 5 rows gone, < half
 *    left) from the largest backup kept — get the same quota of their own, so backups of an
 *    emptied database never push out backups with data. Once the data grows back past half, they
 *    count as backups with data again and ordinary rotation resumes.
 * 3. The newest backup taken before each large drop between two consecutive backups is always kept.
 * 4. The newest copy taken before a schema upgrade (`reason: 'before-upgrade'`, decision 0023) is
 *    always kept: it is the only one an older app version can restore.
 *
 * Everything else may be deleted. Only ever called with verified backups, so a damaged file never
 * takes a good one's place.
 *
 * @example
 *   selectBackupsToKeep(entries, { latest: 10, daily: 7 }) // => Set of ids to keep
 */
export function selectBackupsToKeep(
  entries: readonly Dated[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): ReadonlySet<string> {
  const sorted = newestFirst(entries)
  const largest = Math.max(0, ...sorted.map((entry) => entry.recordCount ?? 0))
  const isLow = (entry: Dated) => entry.recordCount !== undefined && isLargeDrop(largest, entry.recordCount)
  const keep = new Set<string>([
    ...selectByAge(
      sorted.filter((entry) => !isLow(entry)),
      policy,
    ),
    ...selectByAge(sorted.filter(isLow), policy),
  ])
  // sorted is newest first: entry i+1 was taken just before entry i.
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    const after = sorted[index]?.recordCount
    const before = sorted[index + 1]
    if (before?.recordCount === undefined || after === undefined) continue
    if (isLargeDrop(before.recordCount, after)) keep.add(before.id)
  }
  const beforeUpgrade = sorted.find((entry) => entry.reason === 'before-upgrade')
  if (beforeUpgrade !== undefined) keep.add(beforeUpgrade.id)
  return keep
}

function selectByAge(newest: readonly Dated[], policy: RetentionPolicy): string[] {
  if (newest.length === 0) return []
  const keep = newest.slice(0, Math.max(1, policy.latest)).map((entry) => entry.id)
  const days = new Set<string>()
  for (const entry of newest) {
    const day = entry.createdAt.slice(0, 10)
    if (days.has(day)) continue
    if (days.size >= policy.daily) break
    days.add(day)
    keep.push(entry.id)
  }
  return keep
}

import type { AnswerValue } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { AssessmentAuditEntry } from './assessmentAudit'
import type { ResultsVersion } from './resultsVersion'

/** One number in two versions; `delta` is later − earlier, `null` when either is missing. */
export type VersionedNumber = {
  readonly from: number | null
  readonly to: number | null
  readonly delta: number | null
}

/** A unit whose composite score or rank differs between two versions. */
export type UnitVersionChange = {
  readonly unit: string
  readonly name: string
  /** `added`/`removed`: scored in only one of the two versions. */
  readonly kind: 'changed' | 'added' | 'removed'
  readonly score: VersionedNumber
  /** Ranks on the composite; a negative delta is a climb (3 → 1 is −2). */
  readonly rank: VersionedNumber
}

/** Why the results changed, as the audit log recorded it between the two publications. */
export type VersionChangeReason =
  | { readonly kind: 'unlocked'; readonly seq: number; readonly at: string; readonly reason: string }
  | {
      readonly kind: 'appraisal'
      readonly seq: number
      readonly at: string
      readonly unit: string
      readonly question: string
      readonly previous: AnswerValue | null
      readonly value: AnswerValue | null
      readonly reason: string
    }

export type ResultsVersionDiff = {
  readonly from: number
  readonly to: number
  /**
   * Largest rank moves first, then largest score changes; units scored in only one version last
   * (added, then removed); otherwise in the later version's unit order.
   */
  readonly units: readonly UnitVersionChange[]
  /** Unlocks and appraisals logged between the two publications, oldest first. */
  readonly reasons: readonly VersionChangeReason[]
}

type DiffedVersion = Pick<ResultsVersion, 'version' | 'publishedAt' | 'auditSeq' | 'result'>

/**
 * What changed between two versions of an assessment's official results: every unit whose
 * composite score (beyond rounding noise, relative 1e-9) or rank differs, by how much, and the
 * reasons logged in between — unlocks and appraisals from the audit log entries after the earlier
 * publication and up to the later one (by their `seq`, or by time when a version's entry is unknown).
 * Ties keep competition ranks ("1, 1, 3"), so a unit that ties the leader moves to 1.
 *
 * @example
 *   diffResultsVersions(v1, v2, auditEntries).units // => [{ unit: 'STC', kind: 'changed', score: { from: 61.2, to: 64.8, delta: 3.6 }, rank: { from: 3, to: 1, delta: -2 } }]
 */
export function diffResultsVersions(
  earlier: DiffedVersion,
  later: DiffedVersion,
  audit: readonly AssessmentAuditEntry[],
): ResultsVersionDiff {
  const before = compositeByUnit(earlier.result)
  const after = compositeByUnit(later.result)
  const units: UnitVersionChange[] = []
  for (const [code, now] of after) {
    const was = before.get(code)
    const score = versioned(was?.score ?? null, now.score)
    const rank = versioned(was?.rank ?? null, now.rank)
    if (was === undefined) units.push({ unit: code, name: now.name, kind: 'added', score, rank })
    else if (!sameScore(was.score, now.score) || was.rank !== now.rank)
      units.push({ unit: code, name: now.name, kind: 'changed', score, rank })
  }
  for (const [code, was] of before)
    if (!after.has(code))
      units.push({
        unit: code,
        name: was.name,
        kind: 'removed',
        score: versioned(was.score, null),
        rank: versioned(was.rank, null),
      })
  const size = (value: number | null) => (value === null ? -1 : Math.abs(value))
  const kindOrder = { changed: 0, added: 1, removed: 2 } as const
  const ordered = units
    .map((unit, index) => ({ unit, index }))
    .sort(
      (a, b) =>
        kindOrder[a.unit.kind] - kindOrder[b.unit.kind] ||
        size(b.unit.rank.delta) - size(a.unit.rank.delta) ||
        size(b.unit.score.delta) - size(a.unit.score.delta) ||
        a.index - b.index,
    )
    .map(({ unit }) => unit)
  return {
    from: earlier.version,
    to: later.version,
    units: ordered,
    reasons: reasonsBetween(earlier, later, audit),
  }
}

function compositeByUnit(result: AssessmentResult) {
  const root = result.components[result.rootCode]
  return new Map(
    result.units.map((unit, index) => [
      unit.code,
      { name: unit.name, score: root?.score[index] ?? null, rank: root?.rank[index] ?? null },
    ]),
  )
}

function versioned(from: number | null, to: number | null): VersionedNumber {
  return { from, to, delta: from === null || to === null ? null : to - from }
}

function sameScore(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function reasonsBetween(
  earlier: DiffedVersion,
  later: DiffedVersion,
  audit: readonly AssessmentAuditEntry[],
): VersionChangeReason[] {
  const [first, last] = earlier.version <= later.version ? [earlier, later] : [later, earlier]
  const inWindow =
    first.auditSeq !== null && last.auditSeq !== null
      ? (entry: AssessmentAuditEntry) =>
          entry.seq > (first.auditSeq as number) && entry.seq < (last.auditSeq as number)
      : (entry: AssessmentAuditEntry) => entry.at > first.publishedAt && entry.at <= last.publishedAt
  const reasons: VersionChangeReason[] = []
  for (const entry of [...audit].sort((a, b) => a.seq - b.seq)) {
    if (!inWindow(entry)) continue
    if (entry.action === 'assessment.unlocked')
      reasons.push({ kind: 'unlocked', seq: entry.seq, at: entry.at, reason: entry.detail.reason })
    else if (
      entry.action === 'appraisal.added' ||
      entry.action === 'round.item-kept' ||
      entry.action === 'round.item-revised'
    )
      reasons.push({
        kind: 'appraisal',
        seq: entry.seq,
        at: entry.at,
        unit: entry.detail.unit,
        question: entry.detail.question,
        previous: entry.detail.previous,
        value: entry.detail.value,
        reason: entry.detail.reason,
      })
  }
  return reasons
}

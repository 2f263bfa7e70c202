import { canonicalJson } from '@core/canonicalJson'
import type { Appraisal, AppraisalMember } from './appraisal'

/** One member's appraisal of a disputed item, as shown side by side. */
export type CouncilConflictEntry = {
  readonly member: AppraisalMember
  readonly value: Appraisal['value']
  readonly reason: string
  readonly at: string
}

/**
 * An item (one unit's question, or points criterion) that two or more council members appraised
 * differently and the lead has not settled since: each member's latest appraisal of it, in the
 * order they were made.
 *
 * @example
 *   const conflict: CouncilConflict = { unit: 'SNV', kind: 'answer', question: 'MayBan', entries: [a, b] }
 */
export type CouncilConflict = {
  readonly unit: string
  readonly kind: 'answer' | 'points'
  readonly question: string
  readonly entries: readonly CouncilConflictEntry[]
}

/**
 * The council's open conflicts, derived from the appraisals (nothing is stored for them): per
 * unit and item, each member's latest appraisal; when those hold different values and no
 * appraisal of the lead (no `member`) is later than all of them, the item is in conflict. The
 * lead settles it by appraising the item (reason required), which is then the latest and in force.
 * Members who agree on the value (whatever their reasons) are not in conflict.
 *
 * @example
 *   councilConflicts([
 *     { unit: 'SNV', question: 'MayBan', value: 10, reason: 'Biên bản', at: '2026-03-01T08:00:00Z', member: { id: 'm-1', name: 'An' } },
 *     { unit: 'SNV', question: 'MayBan', value: 12, reason: 'Hoá đơn', at: '2026-03-01T09:00:00Z', member: { id: 'm-2', name: 'Bình' } },
 *   ]).length // => 1
 */
export function councilConflicts(appraisals: readonly Appraisal[]): CouncilConflict[] {
  const byItem = new Map<string, Appraisal[]>()
  for (const appraisal of appraisals) {
    const key = JSON.stringify([appraisal.unit, appraisal.kind ?? 'answer', appraisal.question])
    byItem.set(key, [...(byItem.get(key) ?? []), appraisal])
  }
  const conflicts: CouncilConflict[] = []
  for (const item of byItem.values()) {
    const latestByMember = new Map<string, Appraisal>()
    for (const appraisal of [...item].sort((a, b) => a.at.localeCompare(b.at)))
      if (appraisal.member !== undefined) latestByMember.set(appraisal.member.id, appraisal)
    if (latestByMember.size < 2) continue
    const entries = [...latestByMember.values()].sort((a, b) => a.at.localeCompare(b.at))
    if (new Set(entries.map((entry) => canonicalJson(entry.value))).size < 2) continue
    const lastMemberAt = entries[entries.length - 1]?.at ?? ''
    if (item.some((appraisal) => appraisal.member === undefined && appraisal.at > lastMemberAt)) continue
    const [first] = entries
    if (first === undefined) continue
    conflicts.push({
      unit: first.unit,
      kind: first.kind ?? 'answer',
      question: first.question,
      entries: entries.map(({ member, value, reason, at }) => ({
        member: member ?? { id: '', name: '' },
        value,
        reason,
        at,
      })),
    })
  }
  return conflicts.sort(
    (a, b) =>
      a.unit.localeCompare(b.unit) || a.question.localeCompare(b.question) || a.kind.localeCompare(b.kind),
  )
}

import { canonicalJson } from '@core/canonicalJson'
import type { Framework } from '@core/framework/framework'
import { err, ok, type Result } from '@core/result'
import type { Appraisal } from './appraisal'
import type { Council } from './council'
import { councilScope } from './councilScope'

/** What a member's appraisal package brings to the lead (as `readAppraisalPackage` returns it). */
export type IncomingAppraisals = {
  readonly assessmentId: string
  readonly memberId: string
  /** The package's content hash: a package already imported is not imported again. */
  readonly hash: string
  /** The member's appraisals, without `member` (the council's record of the member names them). */
  readonly appraisals: readonly Omit<Appraisal, 'member'>[]
}

/** Why the lead's app refuses a member's appraisal package; nothing is merged in any of these cases. */
export type CouncilMergeProblem =
  | { readonly code: 'council-package-wrong-assessment'; readonly found: string }
  | { readonly code: 'council-package-unknown-member'; readonly member: string }
  | { readonly code: 'council-package-unit-out-of-scope'; readonly unit: string }
  | { readonly code: 'council-package-item-out-of-scope'; readonly unit: string; readonly question: string }

/** The outcome of a merge: the package was imported before (nothing to do), or these appraisals are new. */
export type CouncilMerge =
  | { readonly status: 'already-imported' }
  | {
      readonly status: 'merged'
      readonly added: readonly Appraisal[]
      readonly member: Council['members'][number]
    }

/**
 * Merges a member's appraisal package into the lead's appraisals (pure; the repository stores
 * the result): refused whole when it belongs to another assessment, names no member of the
 * council, or holds any appraisal outside the member's assignment (a unit not assigned or not in
 * the assessment, an item outside their criteria groups); a package whose hash was imported
 * before is a no-op. Each appraisal is kept with the member's id and name (the council's record);
 * one already present (same member, item, time, value, reason) is not added twice.
 *
 * @example
 *   const merged = mergeAppraisalPackage({ assessmentId: 'a-1', unitCodes: ['SNV'], council, framework, existing: [], importedHashes: new Set() }, incoming)
 *   merged.ok && merged.value.status // => 'merged'
 */
export function mergeAppraisalPackage(
  lead: {
    readonly assessmentId: string
    readonly unitCodes: readonly string[]
    readonly council: Council
    readonly framework: Pick<Framework, 'questions' | 'indicators'>
    readonly existing: readonly Appraisal[]
    readonly importedHashes: ReadonlySet<string>
  },
  incoming: IncomingAppraisals,
): Result<CouncilMerge, readonly CouncilMergeProblem[]> {
  if (incoming.assessmentId !== lead.assessmentId)
    return err([{ code: 'council-package-wrong-assessment', found: incoming.assessmentId }])
  const member = lead.council.members.find((candidate) => candidate.id === incoming.memberId)
  if (member === undefined)
    return err([{ code: 'council-package-unknown-member', member: incoming.memberId }])
  if (lead.importedHashes.has(incoming.hash)) return ok({ status: 'already-imported' })
  const scope = councilScope(member, lead.framework)
  const units = new Set(lead.unitCodes)
  const problems: CouncilMergeProblem[] = []
  const reported = new Set<string>()
  for (const appraisal of incoming.appraisals) {
    if (!units.has(appraisal.unit) || !scope.hasUnit(appraisal.unit)) {
      if (!reported.has(appraisal.unit))
        problems.push({ code: 'council-package-unit-out-of-scope', unit: appraisal.unit })
      reported.add(appraisal.unit)
    } else if (!scope.hasItem(appraisal.kind ?? 'answer', appraisal.question))
      problems.push({
        code: 'council-package-item-out-of-scope',
        unit: appraisal.unit,
        question: appraisal.question,
      })
  }
  if (problems.length > 0) return err(problems)
  const named = { id: member.id, name: member.name }
  const present = new Set(lead.existing.map(identity))
  const added: Appraisal[] = []
  for (const appraisal of incoming.appraisals) {
    const kept: Appraisal = { ...appraisal, member: named }
    if (present.has(identity(kept))) continue
    present.add(identity(kept))
    added.push(kept)
  }
  return ok({ status: 'merged', added, member })
}

const identity = (appraisal: Appraisal): string =>
  canonicalJson([
    appraisal.member?.id ?? null,
    appraisal.unit,
    appraisal.kind ?? 'answer',
    appraisal.question,
    appraisal.at,
    appraisal.value,
    appraisal.reason,
  ])

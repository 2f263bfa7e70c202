/**
 * An assessment on this machine of the work package's framework and year: its id and, for a
 * council member's share opened from a work package, that package's content hash.
 */
export type OpeningCandidate = {
  readonly id: string
  readonly workPackageHash?: string | undefined
}

/** Why a work package cannot be opened on this machine; nothing is changed in either case. */
export type WorkPackageOpenProblem =
  | {
      /** The same member's share is open here from another work package (another version of it). */
      readonly code: 'council-work-package-other-version'
      readonly assessmentId: string
    }
  | {
      /** This profile holds an assessment of the same framework and year that is not this work package. */
      readonly code: 'council-work-package-assessment-exists'
      readonly assessmentId: string
      readonly year: number
    }

/** What opening a work package does here: open it, nothing (already open), or refuse. */
export type WorkPackageOpening =
  | { readonly kind: 'open' }
  | { readonly kind: 'already-open'; readonly assessmentId: string }
  | { readonly kind: 'refused'; readonly problem: WorkPackageOpenProblem }

/**
 * Whether a council work package may be opened on this machine (decision 0025, 0029), given the
 * assessments it already holds of the package's framework and year (`existing`). The member's
 * share (`shareId`) opened from the same package (same content hash): a no-op. Any other
 * assessment of that framework and year — the member's own evaluation, the lead's assessment,
 * or the share opened from another package — refuses it, so a member who is also an evaluator
 * never mixes the two.
 *
 * @example
 *   workPackageOpening({ shareId: 'a-1|member|m-1', contentHash: 'ab12', year: 2025 }, [{ id: 'a-9' }])
 *   // => { kind: 'refused', problem: { code: 'council-work-package-assessment-exists', assessmentId: 'a-9', year: 2025 } }
 */
export function workPackageOpening(
  pkg: { readonly shareId: string; readonly contentHash: string; readonly year: number },
  existing: readonly OpeningCandidate[],
): WorkPackageOpening {
  const share = existing.find((candidate) => candidate.id === pkg.shareId)
  if (share !== undefined)
    return share.workPackageHash === pkg.contentHash
      ? { kind: 'already-open', assessmentId: share.id }
      : { kind: 'refused', problem: { code: 'council-work-package-other-version', assessmentId: share.id } }
  const other = existing[0]
  if (other !== undefined)
    return {
      kind: 'refused',
      problem: { code: 'council-work-package-assessment-exists', assessmentId: other.id, year: pkg.year },
    }
  return { kind: 'open' }
}

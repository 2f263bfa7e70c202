import type { ReceivedStatus } from './receivedSubmission'

/** What the store knows of one version of a unit's submission. */
export type KnownVersion = {
  readonly id: string
  readonly contentHash: string
  readonly status: ReceivedStatus
}

/**
 * What to do with an incoming version, given the versions already received for the same unit,
 * framework version and year:
 * - `store-current`: nothing is in force yet; store it as current ("imported");
 * - `store-pending`: another version is in force; store this one aside as a conflict, overwrite nothing;
 * - `duplicate`: this exact content was received before (whatever became of it); change nothing;
 * - `still-pending`: this exact content is already waiting as a conflict; change nothing, say so again.
 *
 * @example
 *   decideImport([{ id: 'a', contentHash: 'h1', status: 'current' }], 'h2') // => { action: 'store-pending', currentId: 'a' }
 */
export type ImportDecision =
  | { readonly action: 'store-current' }
  | { readonly action: 'store-pending'; readonly currentId: string }
  | { readonly action: 'duplicate'; readonly id: string }
  | { readonly action: 'still-pending'; readonly id: string; readonly currentId: string }

/**
 * Decides by content hash, the only identity a workbook's content has (ODK Central and Kobo
 * key submissions the same way, reliability §2.5): pure, so the Dexie repository runs it inside
 * its transaction and the CLI's in-memory store runs the same rule.
 *
 * @example
 *   decideImport([], 'h1') // => { action: 'store-current' }
 */
export function decideImport(known: readonly KnownVersion[], contentHash: string): ImportDecision {
  const current = known.find((version) => version.status === 'current')
  const same = known.find((version) => version.contentHash === contentHash)
  if (same !== undefined) {
    return same.status === 'pending' && current !== undefined
      ? { action: 'still-pending', id: same.id, currentId: current.id }
      : { action: 'duplicate', id: same.id }
  }
  return current === undefined
    ? { action: 'store-current' }
    : { action: 'store-pending', currentId: current.id }
}

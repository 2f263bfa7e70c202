import { sha256OfText } from '@core/sha256'
import type { AuditOperator } from './auditOperator'
import { canonicalJson } from '@core/canonicalJson'

/**
 * An audit log entry as the chain sees it: whatever the row holds. `seq` is the store's key (the
 * order of the log) and is not hashed; `hash` is the SHA-256 of the canonical JSON of every other
 * field, `prevHash` included, so each entry seals the one before it.
 */
export type ChainedAuditEntry = {
  readonly seq?: number
  readonly at: string
  readonly entityId: string
  readonly action: string
  readonly detail: unknown
  readonly operator?: AuditOperator | null
  /** The previous entry's `hash`; `null` for the entry that starts the chain. */
  readonly prevHash?: string | null
  readonly hash?: string
}

/** Why the chain breaks at an entry. */
export type AuditChainBreakReason =
  /** The entry's content does not give its hash: it was edited. */
  | 'hash-mismatch'
  /** The entry does not point to the entry before it: something was deleted, inserted or moved. */
  | 'link-mismatch'
  /** An entry without a hash after the chain started: written around the app, or its seal removed. */
  | 'missing-hash'

export type AuditChainBreak = {
  /** The entry's key in the log (`seq`), when it has one. */
  readonly seq: number | null
  /** Its position in the log, 0 for the oldest entry. */
  readonly index: number
  readonly reason: AuditChainBreakReason
}

export type AuditChainReport = {
  /** Every entry in the log. */
  readonly total: number
  /** Entries written before the app sealed its log (databases older than the chain), oldest first. */
  readonly olderEntries: number
  /** The first entry where the chain does not hold, or `null` when it is intact. */
  readonly broken: AuditChainBreak | null
  /** The newest sealed entry's key and hash (where the next entry links to), or `null` when none. */
  readonly head: { readonly seq: number | null; readonly hash: string } | null
}

/**
 * The hash that seals an entry: SHA-256 of the canonical JSON (sorted keys, no `undefined`) of the
 * entry without `seq` and `hash`, its `prevHash` included.
 *
 * @example
 *   const hash = auditEntryHash({ at: '2026-03-01T08:00:00.000Z', entityId: 'a1', action: 'unit.approved', detail: { unit: 'STC' }, operator: null, prevHash: null })
 */
export function auditEntryHash(entry: Omit<ChainedAuditEntry, 'seq' | 'hash'>): string {
  const { seq: _seq, hash: _hash, ...sealed } = entry as ChainedAuditEntry
  return sha256OfText(canonicalJson(sealed))
}

/**
 * Seals a new entry onto the log whose newest entry is `previous`: `prevHash` is the previous
 * entry's hash (`null` when the log is empty or holds only entries older than the chain), `hash`
 * seals the whole entry.
 *
 * @example
 *   const sealed = sealAuditEntry({ at, entityId: 'a1', action: 'unit.approved', detail: { unit: 'STC' }, operator }, newest)
 */
export function sealAuditEntry<T extends Omit<ChainedAuditEntry, 'seq' | 'hash' | 'prevHash'>>(
  entry: T,
  previous: ChainedAuditEntry | undefined,
): T & { readonly prevHash: string | null; readonly hash: string } {
  const prevHash = typeof previous?.hash === 'string' ? previous.hash : null
  const unsealed = { ...entry, prevHash }
  return { ...unsealed, hash: auditEntryHash(unsealed) }
}

/**
 * Checks the log's hash chain, entries in log order (`seq` ascending), and names the first entry
 * where it breaks. Entries before the first sealed one (no `hash`, no `prevHash`) are older than
 * the chain and counted, not blamed; the first sealed entry must start the chain (`prevHash`
 * `null`), every later one must be sealed, link to the one before and give its own hash. Any
 * edit, deletion (but of the newest entries: nothing follows them to notice), reordering or
 * insertion shows as a break. Nothing is repaired.
 *
 * @example
 *   const report = verifyAuditChain(rows)
 *   if (report.broken) showBanner(report.broken.seq)
 */
export function verifyAuditChain(entries: readonly ChainedAuditEntry[]): AuditChainReport {
  let olderEntries = 0
  let previous: string | null | undefined = undefined // undefined: the chain has not started
  let head: AuditChainReport['head'] = null
  const report = (broken: AuditChainBreak | null): AuditChainReport => ({
    total: entries.length,
    olderEntries,
    broken,
    head,
  })
  for (const [index, entry] of entries.entries()) {
    const seq = typeof entry.seq === 'number' ? entry.seq : null
    const breakHere = (reason: AuditChainBreakReason) => report({ seq, index, reason })
    const sealed = typeof entry.hash === 'string'
    if (previous === undefined) {
      if (!sealed && !('prevHash' in entry)) {
        olderEntries += 1
        continue
      }
      previous = null
    }
    if (!sealed) return breakHere('missing-hash')
    if (entry.prevHash !== previous) return breakHere('link-mismatch')
    if (auditEntryHash(entry) !== entry.hash) return breakHere('hash-mismatch')
    previous = entry.hash as string
    head = { seq, hash: previous }
  }
  return report(null)
}

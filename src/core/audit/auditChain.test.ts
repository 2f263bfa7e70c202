import { describe, expect, it } from 'vitest'
import { auditEntryHash, sealAuditEntry, verifyAuditChain, type ChainedAuditEntry } from './auditChain'

const operator = { mode: 'evaluator', name: 'Nguyễn Văn An', position: 'Chuyên viên' } as const

function chain(count: number, older: readonly ChainedAuditEntry[] = []): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [...older]
  for (let index = 0; index < count; index += 1) {
    const sealed = sealAuditEntry(
      {
        at: `2026-03-01T08:00:0${index % 10}.000Z`,
        entityId: 'a1',
        action: 'appraisal.added',
        detail: { unit: 'STC', question: 'MayTinh', previous: index, value: index + 1, reason: 'Biên bản' },
        operator,
      },
      entries.at(-1),
    )
    entries.push({ seq: entries.length + 1, ...sealed })
  }
  return entries
}

describe('sealAuditEntry', () => {
  it('starts the chain with prevHash null and links each entry to the one before', () => {
    const [first, second] = chain(2)
    expect(first?.prevHash).toBeNull()
    expect(second?.prevHash).toBe(first?.hash)
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hashes the canonical entry: key order and seq do not matter, every field does', () => {
    const entry = {
      at: 't',
      entityId: 'e',
      action: 'x',
      detail: { b: 1, a: 2 },
      operator: null,
      prevHash: null,
    }
    const reordered = {
      prevHash: null,
      operator: null,
      detail: { a: 2, b: 1 },
      action: 'x',
      entityId: 'e',
      at: 't',
    }
    expect(auditEntryHash(reordered)).toBe(auditEntryHash(entry))
    expect(auditEntryHash({ ...entry, seq: 9 } as never)).toBe(auditEntryHash(entry))
    expect(auditEntryHash({ ...entry, operator: { mode: 'unit', name: 'B' } })).not.toBe(
      auditEntryHash(entry),
    )
  })
})

describe('verifyAuditChain', () => {
  it('finds an intact chain intact and gives its head', () => {
    const entries = chain(5)
    expect(verifyAuditChain(entries)).toEqual({
      total: 5,
      olderEntries: 0,
      broken: null,
      head: { seq: 5, hash: entries[4]?.hash },
    })
    expect(verifyAuditChain([])).toEqual({ total: 0, olderEntries: 0, broken: null, head: null })
  })

  it('counts entries older than the chain instead of calling them broken', () => {
    const older = [
      { seq: 1, at: 't1', entityId: 's1', action: 'submission.saved', detail: {} },
      { seq: 2, at: 't2', entityId: 's1', action: 'submission.saved', detail: {} },
    ]
    const report = verifyAuditChain(chain(3, older))
    expect(report).toMatchObject({ total: 5, olderEntries: 2, broken: null })
  })

  it('names an edited entry', () => {
    const entries = chain(4)
    entries[2] = { ...entries[2]!, detail: { unit: 'STC', value: 999 } }
    expect(verifyAuditChain(entries).broken).toEqual({ seq: 3, index: 2, reason: 'hash-mismatch' })
  })

  it('names the entry after a deleted one', () => {
    const entries = chain(4)
    entries.splice(1, 1)
    expect(verifyAuditChain(entries).broken).toEqual({ seq: 3, index: 1, reason: 'link-mismatch' })
  })

  it('names an entry written without a seal after the chain started', () => {
    const entries: ChainedAuditEntry[] = chain(2)
    entries.push({ seq: 3, at: 't', entityId: 'a1', action: 'unit.approved', detail: { unit: 'STC' } })
    expect(verifyAuditChain(entries).broken).toEqual({ seq: 3, index: 2, reason: 'missing-hash' })
  })

  it('refuses a chain whose first sealed entry points elsewhere (its start was deleted)', () => {
    const entries = chain(3).slice(1)
    expect(verifyAuditChain(entries).broken).toEqual({ seq: 2, index: 0, reason: 'link-mismatch' })
  })
})

import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { sealAuditEntry, verifyAuditChain, type ChainedAuditEntry } from './auditChain'

const operatorArb = fc.option(
  fc.record(
    {
      mode: fc.constantFrom('unit' as const, 'evaluator' as const, 'manager' as const),
      name: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
      position: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: ['mode', 'name'] },
  ),
  { nil: null },
)

const contentArb = fc.record({
  at: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  entityId: fc.string({ maxLength: 10 }),
  action: fc.constantFrom('appraisal.added', 'unit.approved', 'submission.saved', 'assessment.published'),
  detail: fc.jsonValue({ maxDepth: 2 }),
  operator: operatorArb,
})

/** A log: some entries older than the chain, then sealed entries, seq ascending. */
const logArb = fc
  .tuple(fc.array(contentArb, { maxLength: 3 }), fc.array(contentArb, { minLength: 2, maxLength: 12 }))
  .map(([older, sealed]) => {
    const entries: ChainedAuditEntry[] = older.map((content, index) => ({ seq: index + 1, ...content }))
    for (const content of sealed) {
      const previous = entries.length > older.length ? entries.at(-1) : undefined
      entries.push({ seq: entries.length + 1, ...sealAuditEntry(content, previous) })
    }
    return { entries, older: older.length }
  })

const fields = ['at', 'entityId', 'action', 'detail', 'operator', 'prevHash', 'hash'] as const

describe('verifyAuditChain (property)', () => {
  test.prop([logArb])('finds every log written through sealAuditEntry intact', ({ entries, older }) => {
    const report = verifyAuditChain(entries)
    expect(report.broken).toBeNull()
    expect(report.olderEntries).toBe(older)
    expect(report.head?.hash).toBe(entries.at(-1)?.hash)
  })

  test.prop([logArb])('stays intact through a JSON round trip (a backup and its restore)', ({ entries }) => {
    const restored = JSON.parse(JSON.stringify(entries)) as ChainedAuditEntry[]
    expect(verifyAuditChain(restored).broken).toBeNull()
  })

  test.prop([logArb, fc.nat(), fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 6 })])(
    'names any edited sealed entry as the first broken one',
    ({ entries, older }, pick, field, noise) => {
      const index = older + (pick % (entries.length - older))
      const original = entries[index]!
      const current = (original as Record<string, unknown>)[field]
      const edited = {
        ...original,
        [field]: typeof current === 'string' ? `${current}${noise}` : { edited: noise, was: current ?? null },
      }
      const tampered = entries.with(index, edited)
      expect(verifyAuditChain(tampered).broken).toMatchObject({ index, seq: original.seq })
    },
  )

  test.prop([logArb, fc.nat()])(
    'names the entry after a deleted one (any sealed entry but the newest)',
    ({ entries, older }, pick) => {
      const index = older + (pick % (entries.length - older - 1))
      const tampered = entries.toSpliced(index, 1)
      expect(verifyAuditChain(tampered).broken).toMatchObject({ index, seq: entries[index + 1]!.seq })
    },
  )

  test.prop([logArb, fc.nat(), fc.nat()])(
    'names the first of two swapped entries',
    ({ entries, older }, pickA, pickB) => {
      const span = entries.length - older
      const a = older + (pickA % span)
      const b = older + (pickB % span)
      fc.pre(a !== b && entries[a]!.hash !== entries[b]!.hash)
      const first = Math.min(a, b)
      const tampered: ChainedAuditEntry[] = [...entries]
      // The keys stay in place (IndexedDB orders by seq); the contents change places.
      tampered[a] = { ...entries[b]!, seq: entries[a]!.seq ?? a }
      tampered[b] = { ...entries[a]!, seq: entries[b]!.seq ?? b }
      expect(verifyAuditChain(tampered).broken).toMatchObject({ index: first, seq: entries[first]!.seq })
    },
  )

  test.prop([logArb, fc.nat(), contentArb, fc.boolean()])(
    'names an inserted entry, or the entry after it when the forger linked it correctly',
    ({ entries, older }, pick, content, linked) => {
      const index = older + (pick % (entries.length - older)) // before an existing sealed entry
      const forged = linked
        ? sealAuditEntry(content, index > older ? entries[index - 1] : undefined)
        : { ...sealAuditEntry(content, entries[index - 1]), prevHash: 'f'.repeat(64) }
      const tampered = entries.toSpliced(index, 0, { seq: 0.5 + index, ...forged })
      const broken = verifyAuditChain(tampered).broken
      expect(broken).not.toBeNull()
      expect(broken?.index).toBe(linked ? index + 1 : index)
    },
  )
})

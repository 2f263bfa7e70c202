import fc from 'fast-check'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Appraisal } from '@core/assessment/appraisal'
import { readAppraisalPackage } from './readAppraisalPackage'
import { writeAppraisalPackage } from './writeAppraisalPackage'

const unitCode = fc.constantFrom('SNV', 'STC', 'SXD')
const isoTime = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) })
  .map((ms) => new Date(ms).toISOString())
const answerValue = fc.oneof(
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.string({ maxLength: 50 }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.constant(null),
)
const appraisal: fc.Arbitrary<Omit<Appraisal, 'member'>> = fc
  .record({
    unit: unitCode,
    points: fc.boolean(),
    question: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.]{0,20}$/),
    value: answerValue,
    reason: fc.string({ minLength: 3, maxLength: 80 }),
    at: isoTime,
  })
  .map(({ points, ...rest }) => (points ? { ...rest, kind: 'points' as const } : rest))

describe('appraisal package round trip', () => {
  it('reads back every appraisal written, in time order, and the same hash; any changed byte of the appraisals is refused', () => {
    fc.assert(
      fc.property(fc.array(appraisal, { maxLength: 30 }), fc.nat(), (appraisals, flip) => {
        const written = writeAppraisalPackage({
          assessmentId: 'a-1',
          frameworkId: 'dept-ict-readiness',
          frameworkVersion: '2026.1',
          year: 2026,
          member: { id: 'm-1', name: 'Lê Thị Cúc', units: ['SNV', 'STC', 'SXD'], groups: [] },
          workPackageHash: 'd'.repeat(64),
          appraisals,
          exportedAt: '2026-03-04T08:00:00.000Z',
          appVersion: '0.1.0',
        })
        if (!written.ok) throw new Error(JSON.stringify(written.error))
        const read = readAppraisalPackage(written.value.bytes)
        if (!read.ok) throw new Error(JSON.stringify(read.error))
        const byTime = [...appraisals].sort((a, b) => a.at.localeCompare(b.at))
        expect(read.value.appraisals.map((item) => [item.at, item.unit, item.kind, item.value])).toEqual(
          byTime.map((item) => [item.at, item.unit, item.kind, item.value]),
        )
        expect(read.value.contentHash).toBe(written.value.contentHash)
        const entries = unzipSync(written.value.bytes)
        const part = entries['appraisals.json'] ?? new Uint8Array()
        const at = flip % part.length
        const edited = part.slice()
        edited[at] = (edited[at] ?? 0) ^ 0x01
        expect(readAppraisalPackage(zipSync({ ...entries, 'appraisals.json': edited })).ok).toBe(false)
      }),
      { numRuns: 60 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { Result } from '@core/result'
import type { Council } from './council'
import { mergeAppraisalPackage, type IncomingAppraisals } from './mergeAppraisalPackage'

const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
const framework = value(loadBuiltInFramework('dept-ict-readiness'))
const council: Council = {
  assessmentId: 'a-1',
  updatedAt: '2026-03-01T00:00:00.000Z',
  members: [
    { id: 'm-1', name: 'Nguyễn Văn An', units: ['SNV', 'STC'], groups: [] },
    { id: 'm-2', name: 'Trần Thị Bình', units: [], groups: ['HTKT'] },
  ],
}
const lead = {
  assessmentId: 'a-1',
  unitCodes: ['SNV', 'STC', 'SXD'],
  council,
  framework,
  existing: [],
  importedHashes: new Set<string>(),
}
const incoming = (over: Partial<IncomingAppraisals> = {}): IncomingAppraisals => ({
  assessmentId: 'a-1',
  memberId: 'm-1',
  hash: 'a'.repeat(64),
  appraisals: [
    {
      unit: 'SNV',
      question: 'MayBan',
      value: 10,
      reason: 'Biên bản kiểm kê',
      at: '2026-03-02T08:00:00.000Z',
    },
    { unit: 'STC', question: 'QLVB', value: true, reason: 'Có quyết định', at: '2026-03-02T09:00:00.000Z' },
  ],
  ...over,
})

describe('mergeAppraisalPackage', () => {
  it('keeps each appraisal with the member’s id and name (the council’s record)', () => {
    const merged = value(mergeAppraisalPackage(lead, incoming()))
    expect(merged.status).toBe('merged')
    if (merged.status !== 'merged') return
    expect(merged.added.map((appraisal) => [appraisal.unit, appraisal.member])).toEqual([
      ['SNV', { id: 'm-1', name: 'Nguyễn Văn An' }],
      ['STC', { id: 'm-1', name: 'Nguyễn Văn An' }],
    ])
  })

  it('is a no-op for a package already imported, and adds nothing already present', () => {
    expect(
      value(mergeAppraisalPackage({ ...lead, importedHashes: new Set(['a'.repeat(64)]) }, incoming())),
    ).toEqual({ status: 'already-imported' })
    const first = value(mergeAppraisalPackage(lead, incoming()))
    if (first.status !== 'merged') throw new Error('not merged')
    const again = value(
      mergeAppraisalPackage({ ...lead, existing: first.added }, incoming({ hash: 'b'.repeat(64) })),
    )
    expect(again.status === 'merged' && again.added).toEqual([])
  })

  it('refuses a package of another assessment or of someone not on the council', () => {
    expect(mergeAppraisalPackage(lead, incoming({ assessmentId: 'a-2' }))).toEqual({
      ok: false,
      error: [{ code: 'council-package-wrong-assessment', found: 'a-2' }],
    })
    expect(mergeAppraisalPackage(lead, incoming({ memberId: 'm-9' }))).toEqual({
      ok: false,
      error: [{ code: 'council-package-unknown-member', member: 'm-9' }],
    })
  })

  it('refuses the whole package when any appraisal lies outside the member’s assignment', () => {
    const outside = incoming({
      appraisals: [
        ...incoming().appraisals,
        {
          unit: 'SXD',
          question: 'MayBan',
          value: 1,
          reason: 'Ngoài phạm vi',
          at: '2026-03-02T10:00:00.000Z',
        },
        {
          unit: 'SXD',
          question: 'LapTop',
          value: 1,
          reason: 'Ngoài phạm vi',
          at: '2026-03-02T10:00:00.000Z',
        },
      ],
    })
    expect(mergeAppraisalPackage(lead, outside)).toEqual({
      ok: false,
      error: [{ code: 'council-package-unit-out-of-scope', unit: 'SXD' }],
    })
    const byGroup = incoming({
      memberId: 'm-2',
      appraisals: [
        {
          unit: 'SXD',
          question: 'MayBan',
          value: 1,
          reason: 'Trong nhóm HTKT',
          at: '2026-03-02T10:00:00.000Z',
        },
        { unit: 'SXD', question: 'QLVB', value: false, reason: 'Ngoài nhóm', at: '2026-03-02T10:00:00.000Z' },
        {
          unit: 'KHAC',
          question: 'MayBan',
          value: 1,
          reason: 'Không thuộc kỳ',
          at: '2026-03-02T10:00:00.000Z',
        },
      ],
    })
    expect(mergeAppraisalPackage(lead, byGroup)).toEqual({
      ok: false,
      error: [
        { code: 'council-package-item-out-of-scope', unit: 'SXD', question: 'QLVB' },
        { code: 'council-package-unit-out-of-scope', unit: 'KHAC' },
      ],
    })
  })
})

import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { Result } from '@core/result'
import { readAppraisalPackage } from '@core/formats/appraisal-package/readAppraisalPackage'
import { writeAppraisalPackage } from '@core/formats/appraisal-package/writeAppraisalPackage'
import type { CouncilWorkPackage } from './councilWorkPackage'
import { readCouncilPackage } from './readCouncilPackage'
import { sha256Hex as sha256HexForTest } from '@core/sha256'
import { sealedManifestHash } from './sealedZip'
import { writeCouncilPackage } from './writeCouncilPackage'

const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error).slice(0, 800))
  return result.value
}
const framework = value(loadBuiltInFramework('dept-ict-readiness'))
const pdf = new TextEncoder().encode('%PDF-1.4 biên bản')
const an = { id: 'm-1', name: 'Nguyễn Văn An', position: 'Phó Giám đốc' }

const workPackage = (over: Partial<CouncilWorkPackage> = {}): CouncilWorkPackage => ({
  assessmentId: 'a-1',
  year: 2026,
  framework,
  member: { ...an, units: ['SNV'], groups: ['HTKT'] },
  units: [
    {
      code: 'SNV',
      name: 'Sở Nội vụ',
      group: 'Sở, ban, ngành',
      answers: { MayBan: 30, LapTop: 5, QLVB: true },
    },
    { code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành', answers: { MayBan: 40 } },
  ],
  evidence: [
    { unit: 'SNV', question: 'MayBan', fileName: 'Biên bản kiểm kê.pdf', bytes: pdf },
    { unit: 'SNV', question: 'MayBan', fileName: 'biên bản kiểm kê.pdf', bytes: pdf },
    { unit: 'STC', question: 'MayBan', fileName: 'khac.pdf', bytes: pdf },
    { unit: 'SNV', question: 'QLVB', fileName: 'qd.pdf', bytes: pdf },
  ],
  appraisals: [
    {
      unit: 'SNV',
      question: 'MayBan',
      value: 28,
      reason: 'Biên bản kiểm kê',
      at: '2026-03-01T08:00:00.000Z',
    },
    {
      unit: 'SNV',
      question: 'QLVB',
      value: false,
      reason: 'Không có quyết định',
      at: '2026-03-01T08:00:00.000Z',
    },
    { unit: 'STC', question: 'MayBan', value: 1, reason: 'Khác', at: '2026-03-01T08:00:00.000Z' },
  ],
  createdAt: '2026-03-02T08:00:00.000Z',
  appVersion: '0.1.0',
  ...over,
})

/** Rewrites a package's zip: `edit` gets the entries and returns them changed (nothing resealed). */
const tamper = (
  bytes: Uint8Array,
  edit: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>,
) => zipSync(edit(unzipSync(bytes)))
const json = (bytes: Uint8Array | undefined): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
const encode = (data: unknown) => new TextEncoder().encode(JSON.stringify(data))
/** Rewrites the manifest and seals it again, as a forger who knows the format would. */
const reseal = (
  entries: Record<string, Uint8Array>,
  name: string,
  change: (manifest: Record<string, unknown>) => void,
) => {
  const manifest = json(entries[name])
  change(manifest)
  manifest.contentHash = sealedManifestHash(manifest)
  return { ...entries, [name]: encode(manifest) }
}

describe('council work package', () => {
  it('round-trips what is in the member’s scope, and only that', () => {
    const written = value(writeCouncilPackage(workPackage()))
    const read = value(readCouncilPackage(written.bytes))
    expect(read.contentHash).toBe(written.contentHash)
    expect(read.member).toEqual({ ...an, units: ['SNV'], groups: ['HTKT'] })
    expect(read.framework).toEqual(framework)
    expect(read.units).toEqual([
      { code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành', answers: { LapTop: 5, MayBan: 30 } },
    ])
    expect(read.appraisals.map((appraisal) => appraisal.question)).toEqual(['MayBan'])
    expect(read.evidence.map((file) => `${file.unit}/${file.question}/${file.fileName}`).sort()).toEqual([
      'SNV/MayBan/Biên bản kiểm kê.pdf',
      'SNV/MayBan/biên bản kiểm kê (2).pdf',
    ])
    expect(read.evidence[0]?.bytes).toEqual(pdf)
    expect(value(writeCouncilPackage(workPackage())).bytes).toEqual(written.bytes)
  })

  it('refuses a damaged part, a stray entry and an edited manifest, naming each', () => {
    const { bytes } = value(writeCouncilPackage(workPackage()))
    const damaged = tamper(bytes, (entries) => ({
      ...entries,
      'units.json': encode([{ code: 'SNV', name: 'x', group: 'y', answers: { MayBan: 999 } }]),
      'evidence/SNV/MayBan/virus.exe': new Uint8Array([1, 2]),
    }))
    expect(readCouncilPackage(damaged)).toEqual({
      ok: false,
      error: [
        { code: 'council-file-part-damaged', part: 'units.json' },
        { code: 'council-file-unexpected-entry', part: 'evidence/SNV/MayBan/virus.exe' },
      ],
    })
    const edited = tamper(bytes, (entries) => {
      const manifest = json(entries['council-package.json'])
      manifest.scope = { units: ['SNV', 'STC'], groups: [] }
      return { ...entries, 'council-package.json': encode(manifest) }
    })
    expect(readCouncilPackage(edited)).toEqual({ ok: false, error: [{ code: 'council-file-hash-mismatch' }] })
  })

  it('refuses resealed content outside the scope: a look-alike unit code, another unit, a question outside the groups', () => {
    const { bytes } = value(writeCouncilPackage(workPackage()))
    const forged = tamper(bytes, (entries) => {
      const units = encode([
        { code: 'SΝV', name: 'Sở Nội vụ', group: 'g', answers: {} },
        { code: 'STC', name: 'Sở Tài chính', group: 'g', answers: {} },
        { code: 'SNV', name: 'Sở Nội vụ', group: 'g', answers: { QLVB: true } },
      ])
      const withUnits = { ...entries, 'units.json': units }
      return reseal(withUnits, 'council-package.json', (manifest) => {
        const parts = manifest.parts as { path: string; sha256: string; size: number }[]
        const record = parts.find((part) => part.path === 'units.json')
        if (record !== undefined) {
          record.sha256 = sha256(units)
          record.size = units.length
        }
      })
    })
    expect(readCouncilPackage(forged)).toEqual({
      ok: false,
      error: [
        { code: 'unit-code-lookalike', found: 'SΝV', known: 'SNV' },
        { code: 'council-file-unit-out-of-scope', unit: 'STC' },
        { code: 'council-file-item-out-of-scope', unit: 'SNV', question: 'QLVB' },
      ],
    })
  })

  it('refuses a newer format, another kind of zip and a truncated file', () => {
    const { bytes } = value(writeCouncilPackage(workPackage()))
    const newer = tamper(bytes, (entries) =>
      reseal(entries, 'council-package.json', (manifest) => {
        manifest.formatVersion = 2
      }),
    )
    expect(readCouncilPackage(newer)).toEqual({
      ok: false,
      error: [{ code: 'council-file-newer-format', found: 2, newest: 1 }],
    })
    expect(readCouncilPackage(zipSync({ 'SNV.xlsx': new Uint8Array([1]) }))).toEqual({
      ok: false,
      error: [{ code: 'council-file-no-manifest', manifest: 'council-package.json' }],
    })
    const truncated = readCouncilPackage(bytes.slice(0, bytes.length - 30))
    expect(truncated.ok).toBe(false)
  })
})

describe('appraisal package', () => {
  const pkg = {
    assessmentId: 'a-1',
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: 2026,
    member: { ...an, units: ['SNV'], groups: ['HTKT'] },
    workPackageHash: 'c'.repeat(64),
    appraisals: [
      { unit: 'SNV', question: 'LapTop', value: 4, reason: 'Một máy hỏng', at: '2026-03-03T09:00:00.000Z' },
      { unit: 'SNV', question: 'MayBan', value: 29, reason: 'Đếm lại', at: '2026-03-03T08:00:00.000Z' },
    ],
    exportedAt: '2026-03-04T08:00:00.000Z',
    appVersion: '0.1.0',
  }

  it('round-trips the member’s appraisals, in time order, with the member’s name and the work package’s hash', () => {
    const written = value(writeAppraisalPackage(pkg))
    const read = value(readAppraisalPackage(written.bytes, framework))
    expect(read).toEqual({
      ...pkg,
      appraisals: [pkg.appraisals[1], pkg.appraisals[0]],
      contentHash: written.contentHash,
    })
  })

  it('refuses an appraisal outside the scope, a damaged part and another kind of package', () => {
    const outside = value(
      writeAppraisalPackage({
        ...pkg,
        appraisals: [
          ...pkg.appraisals,
          { unit: 'STC', question: 'MayBan', value: 1, reason: 'x y z', at: '2026-03-03T08:00:00.000Z' },
          { unit: 'SNV', question: 'QLVB', value: true, reason: 'x y z', at: '2026-03-03T08:00:00.000Z' },
        ],
      }),
    )
    expect(readAppraisalPackage(outside.bytes, framework)).toEqual({
      ok: false,
      error: [
        { code: 'council-file-unit-out-of-scope', unit: 'STC' },
        { code: 'council-file-item-out-of-scope', unit: 'SNV', question: 'QLVB' },
      ],
    })
    // Without the framework (ictwb inspect) only the units are checked.
    expect(readAppraisalPackage(outside.bytes).ok).toBe(false)
    const { bytes } = value(writeAppraisalPackage(pkg))
    const damaged = tamper(bytes, (entries) => ({ ...entries, 'appraisals.json': encode([]) }))
    expect(readAppraisalPackage(damaged)).toEqual({
      ok: false,
      error: [{ code: 'council-file-part-damaged', part: 'appraisals.json' }],
    })
    const work = value(writeCouncilPackage(workPackage()))
    // A work package is not an appraisal package (it has more entries than one may hold).
    expect(readAppraisalPackage(work.bytes).ok).toBe(false)
  })
})

function sha256(bytes: Uint8Array): string {
  return sha256HexForTest(bytes)
}

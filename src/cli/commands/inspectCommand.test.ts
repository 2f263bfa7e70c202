import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unzipSync, zipSync } from 'fflate'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeAppraisalPackage } from '@core/formats/appraisal-package/writeAppraisalPackage'
import { encodeBackup } from '@core/formats/backup/backupFormat'
import { writeCouncilPackage } from '@core/formats/council-package/writeCouncilPackage'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { aReportInput } from '@core/formats/results-report/testing/aReportInput'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import { runCli, type CliIo } from '../runCli'

const fixtures = resolve(__dirname, '../../../tests/fixtures/results-reports')
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-inspect-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function capture(language: 'vi' | 'en' = 'en') {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: language },
  }
  return { io, out, error }
}

async function aBackup(): Promise<Uint8Array> {
  const encoded = await encodeBackup(
    { settings: [{ key: 'language', value: 'vi' }] },
    {
      createdAt: '2026-03-01T08:00:00.000Z',
      appVersion: '0.1.0',
      database: 'ict-index-workbench',
      schemaVersion: 6,
    },
  )
  if (!encoded.ok) throw new Error('backup')
  return encoded.value.bytes
}

describe('ictwb inspect', { timeout: 60_000 }, () => {
  it('prints one line per file: kind, format, framework, year, items and the hash check, exit 0', async () => {
    const input = aReportInput(5)
    const report = await writeResultsReport(input)
    if (!report.ok) throw new Error('report')
    const reportFile = join(folder, 'ket-qua.xlsx')
    const csvFile = join(folder, 'xep-hang.csv')
    const backupFile = join(folder, 'sao-luu.json')
    await writeFile(reportFile, report.value)
    await writeFile(csvFile, rankingCsv(input.framework, input.result))
    await writeFile(backupFile, await aBackup())
    const en = capture('en')
    const vi = capture('vi')

    expect(await runCli(['inspect', reportFile, csvFile, backupFile], en.io, 'test')).toBe(0)
    expect(await runCli(['inspect', reportFile, backupFile], vi.io, 'test')).toBe(0)

    expect(en.out).toEqual([
      `${reportFile}: results-report (results report) · format 1 · framework ${input.framework.id} ${input.framework.version} · year 2025 · 5 units · hash: checks out`,
      `${csvFile}: ranking-csv (ranking CSV) · no format version · 5 units · no hash`,
      `${backupFile}: backup (database backup) · format 1 · ict-index-workbench · 1 record · hash: checks out`,
    ])
    expect(vi.out[1]).toBe(
      `${backupFile}: backup (bản sao lưu dữ liệu) · định dạng 1 · ict-index-workbench · 1 bản ghi · mã băm: khớp`,
    )
    expect([...en.error, ...vi.error]).toEqual([])
  })

  it('prints one JSON document with --json', async () => {
    const backupFile = join(folder, 'sao-luu.json')
    await writeFile(backupFile, await aBackup())
    const en = capture('en')

    expect(await runCli(['inspect', '--json', backupFile], en.io, 'test')).toBe(0)

    expect(JSON.parse(en.out.join('\n'))).toEqual({
      files: [expect.objectContaining({ file: backupFile, ok: true, kind: 'backup', items: 1, hash: 'ok' })],
    })
  })

  it('gives the reason for a truncated, an edited and an unknown file, in Vietnamese and English, exit 1', async () => {
    const backup = new TextDecoder().decode(await aBackup()).replace('"vi"', '"en"')
    const edited = join(folder, 'sua.json')
    const truncated = join(folder, 'cut.xlsx')
    const unknown = join(folder, 'ghi-chu.txt')
    const original = await import('node:fs/promises').then((fs) =>
      fs.readFile(join(fixtures, 'dept-ict-readiness-libreoffice.xlsx')),
    )
    await writeFile(edited, backup)
    await writeFile(truncated, original.subarray(0, 4000))
    await writeFile(unknown, 'xin chào')
    const en = capture('en')
    const vi = capture('vi')

    expect(await runCli(['inspect', edited, truncated, unknown], en.io, 'test')).toBe(1)
    expect(await runCli(['inspect', edited, unknown], vi.io, 'test')).toBe(1)

    expect(en.out[0]).toBe(
      `${edited}: backup (database backup): DAMAGED: its hash does not check out (content hash); the file was edited or damaged after it was written.`,
    )
    expect(en.out[1]).toBe(`${truncated}: DAMAGED or unreadable:`)
    expect(en.out[2]).toMatch(/^ {2}\S/)
    expect(en.out.at(-1)).toBe(
      `${unknown}: ${'not a file this app exchanges'} (not a questionnaire, package, framework, report, ranking, lineage, comparison, appraisal-round file or backup).`,
    )
    expect(vi.out).toEqual([
      `${edited}: backup (bản sao lưu dữ liệu): HỎNG: mã băm không khớp (content hash); tệp đã bị sửa hoặc hỏng sau khi ghi.`,
      `${unknown}: không phải tệp mà ứng dụng này trao đổi (không phải phiếu, gói phiếu, bộ chỉ số, báo cáo, bảng xếp hạng, tệp thay đổi đơn vị, so sánh, tệp vòng giải trình hay bản sao lưu).`,
    ])
  })

  it('names a council work package and an appraisal package, and rejects a damaged one, exit 1', async () => {
    const dept = loadBuiltInFramework('dept-ict-readiness')
    if (!dept.ok) throw new Error('framework')
    const member = { id: 'm-1', name: 'Nguyễn Văn An', units: ['SNV'], groups: [] }
    const work = writeCouncilPackage({
      assessmentId: 'a-1',
      year: 2026,
      framework: dept.value,
      member,
      units: [{ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở', answers: { MayBan: 3 } }],
      evidence: [],
      appraisals: [],
      createdAt: '2026-03-01T08:00:00.000Z',
      appVersion: '0.1.0',
    })
    const appraisals = writeAppraisalPackage({
      assessmentId: 'a-1',
      frameworkId: dept.value.id,
      frameworkVersion: dept.value.version,
      year: 2026,
      member,
      workPackageHash: 'e'.repeat(64),
      appraisals: [
        { unit: 'SNV', question: 'MayBan', value: 2, reason: 'Đếm lại', at: '2026-03-02T08:00:00.000Z' },
      ],
      exportedAt: '2026-03-03T08:00:00.000Z',
      appVersion: '0.1.0',
    })
    if (!work.ok || !appraisals.ok) throw new Error('packages')
    const workFile = join(folder, 'goi-cong-viec.zip')
    const appraisalFile = join(folder, 'ket-qua-tham-dinh.zip')
    const damagedFile = join(folder, 'hong.zip')
    await writeFile(workFile, work.value.bytes)
    await writeFile(appraisalFile, appraisals.value.bytes)
    await writeFile(
      damagedFile,
      zipSync({ ...unzipSync(appraisals.value.bytes), 'appraisals.json': new Uint8Array([91, 93]) }),
    )
    const vi = capture('vi')

    expect(await runCli(['inspect', workFile, appraisalFile, damagedFile], vi.io, 'test')).toBe(1)

    expect(vi.out[0]).toMatch(
      /^.*goi-cong-viec\.zip: council-package \(gói công việc của thành viên hội đồng thẩm định\) · định dạng 1 · bộ chỉ số dept-ict-readiness .* · Nguyễn Văn An: SNV · 1 đơn vị · 0 tệp kiểm chứng · mã băm: khớp$/,
    )
    expect(vi.out[1]).toMatch(
      /^.*ket-qua-tham-dinh\.zip: appraisal-package \(gói kết quả thẩm định của thành viên hội đồng\) · .* · 1 bản ghi · mã băm: khớp$/,
    )
    expect(vi.out[2]).toMatch(
      /^.*hong\.zip: appraisal-package .*HỎNG: mã băm không khớp \(appraisals\.json\)/,
    )
  })

  it('refuses a missing argument and a file it cannot read, exit 2', async () => {
    const en = capture('en')
    expect(await runCli(['inspect'], en.io, 'test')).toBe(2)
    expect(await runCli(['inspect', join(folder, 'none.xlsx')], en.io, 'test')).toBe(2)
    expect(en.error).toHaveLength(2)
  })
})

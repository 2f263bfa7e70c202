import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../runCli'

const fixtures = resolve(__dirname, '../../../tests/fixtures/results-reports')
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-verify-'))
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

describe('ictwb verify', () => {
  it('prints one line KHỚP (Vietnamese) or MATCH (English) for an unedited report, exit 0', async () => {
    const vi = capture('vi')
    const en = capture('en')
    const file = join(fixtures, 'dept-ict-readiness-libreoffice.xlsx')

    expect(await runCli(['verify', file], vi.io, 'test')).toBe(0)
    expect(await runCli(['verify', file], en.io, 'test')).toBe(0)
    expect(vi.out).toEqual(['KHỚP'])
    expect(en.out).toEqual(['MATCH'])
    expect([...vi.error, ...en.error]).toEqual([])
  })

  it('names the edited cell with the expected and found values, exit 1', async () => {
    const { io, out } = capture('en')

    const code = await runCli(['verify', join(fixtures, 'dti-points-edited-score.xlsx')], io, 'test')

    expect(code).toBe(1)
    expect(out[0]).toMatch(/^DOES NOT MATCH: 1 difference in /)
    expect(out[1]).toMatch(/^'Tổng hợp'!E9: expected 757\.41\d+, found 757\.422372$/)
    expect(out).toHaveLength(2)
  })

  it('names the manifest digest in Vietnamese', async () => {
    const { io, out } = capture('vi')

    expect(await runCli(['verify', join(fixtures, 'dti-points-edited-answer.xlsx')], io, 'test')).toBe(1)
    expect(out[0]).toMatch(/^KHÔNG KHỚP: \d+ chỗ khác trong /)
    expect(out).toContainEqual(
      expect.stringMatching(
        /^'_manifest'!B3: mã băm số liệu đúng ra là [0-9a-f]{64}, trong tệp là [0-9a-f]{64}$/,
      ),
    )
    expect(out).toContainEqual(
      expect.stringMatching(/^'Số liệu gốc'!\w+\d+: đúng ra là 1135, trong tệp là 376$/),
    )
  })

  it('exits 2 with a translated message and no stack trace for a missing, unreadable or foreign file', async () => {
    const notes = join(folder, 'notes.xlsx')
    await writeFile(notes, 'not a workbook')
    const questionnaire = join(folder, 'questionnaire.xlsx')
    await runCli(['template', '--framework', 'dti-points', '--out', questionnaire], capture().io, 'test')

    for (const [file, pattern] of [
      [join(folder, 'missing.xlsx'), /^Không đọc được tệp/],
      [notes, /notes\.xlsx: /],
      [questionnaire, /không phải báo cáo kết quả do ứng dụng này ghi/],
    ] as const) {
      const { io, out, error } = capture('vi')
      expect(await runCli(['verify', file], io, 'test')).toBe(2)
      expect(out).toEqual([])
      expect(error.join('\n')).toMatch(pattern)
      expect(error.join('\n')).not.toMatch(/\n\s+at /)
    }
    const { io, error } = capture('en')
    expect(await runCli(['verify'], io, 'test')).toBe(2)
    expect(error).toEqual(['Missing <report.xlsx>.'])
  })

  it('verifies the report ictwb import --out writes', { timeout: 120_000 }, async () => {
    const { io } = capture()
    const received = join(folder, 'received')
    await runCli(
      ['sample', '--framework', 'dti-points', '--year', '2025', '--units', '6', '--out', received],
      io,
      'test',
    )
    const report = join(folder, 'import.xlsx')
    expect(
      await runCli(
        ['import', received, '--framework', 'dti-points', '--year', '2025', '--out', report],
        io,
        'test',
      ),
    ).toBe(0)

    const check = capture('en')
    expect(await runCli(['verify', report], check.io, 'test')).toBe(0)
    expect(check.out).toEqual(['MATCH'])
  })
})

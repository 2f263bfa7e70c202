import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { runCli, type CliIo } from '../runCli'

const run = promisify(execFile)
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find(
  (path) => existsSync(path),
)
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path))
const missing = [
  SOFFICE === undefined ? 'LibreOffice (soffice)' : null,
  PDFTOTEXT === undefined ? 'pdftotext (poppler-utils)' : null,
]
  .filter((name): name is string => name !== null)
  .join(' and ')
if (missing !== '')
  console.log(`Skipping the LibreOffice print test of the results report: ${missing} not installed.`)

/** The text of one PDF page laid out as printed. */
async function pageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run(PDFTOTEXT ?? 'pdftotext', [
    '-layout',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    '-',
  ])
  return stdout
}

describe.skipIf(missing !== '')('ictwb report printed by LibreOffice on A4', () => {
  let folder = ''
  let pdf = ''
  let summary: readonly (readonly unknown[])[] = []
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ictwb-print-'))
    const io: CliIo = { out: () => {}, error: (line) => console.error(line), env: { ICTWB_LANG: 'en' } }
    const data = join(folder, 'data.csv')
    const out = join(folder, 'ket-qua.xlsx')
    await runCli(
      ['sample', '--framework', 'dept-ict-readiness', '--year', '2026', '--data-table', data],
      io,
      't',
    )
    const code = await runCli(
      [
        'report',
        ...['--framework', 'dept-ict-readiness', '--data', data, '--out', out, '--official'],
        ...['--sign-place', 'Đà Nẵng', '--sign-preparer', 'Nguyễn Văn An', '--sign-head', 'Trần Thị Bình'],
      ],
      io,
      't',
    )
    if (code !== 0) throw new Error(`ictwb report exited with ${code}`)
    const workbook = await readWorkbook(new Uint8Array(await readFile(out)))
    if (!workbook.ok) throw new Error('unreadable report')
    summary = workbook.value.sheets.find((sheet) => sheet.name === 'Tổng hợp')?.rows ?? []
    // a private profile, so a LibreOffice the user has open is neither used nor disturbed
    await run(
      SOFFICE ?? 'soffice',
      [
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        out,
      ],
      { timeout: 170_000 },
    )
    pdf = join(folder, 'ket-qua.pdf')
  }, 180_000)
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true })
  })

  it('prints Tổng hợp on two A4 pages, every unit on one line with its code, composite and last rank', async () => {
    const units = summary.filter((row) => typeof row[1] === 'string' && typeof row[0] === 'number')
    expect(units.length).toBe(28)
    const pages = [await pageText(pdf, 1), await pageText(pdf, 2), await pageText(pdf, 3)]
    // page 3 is the first component sheet: Tổng hợp takes exactly two pages
    expect(pages[2]).toContain('Chỉ số thành phần HTKT')
    expect(pages[0]).not.toContain('Chỉ số thành phần')
    expect(pages[1]).not.toContain('Chỉ số thành phần')
    const seen = new Map<string, number>()
    for (const row of units) {
      const code = String(row[1])
      const composite = (row[4] as number).toFixed(4)
      const lastRank = String(row.at(-1))
      const page = pages.slice(0, 2).findIndex((text) =>
        text.split('\n').some((line) => {
          const cells = line.trim().split(/\s+/)
          return cells.includes(code) && cells.includes(composite) && cells.at(-1) === lastRank
        }),
      )
      expect(page, `${code}: one line with ${composite} … ${lastRank}`).toBeGreaterThanOrEqual(0)
      seen.set(code, page)
    }
    expect(new Set(seen.values())).toEqual(new Set([0, 1]))
  })

  it('repeats the header rows and prints the name, year and page numbers on every page', async () => {
    for (const page of [1, 2]) {
      const text = await pageText(pdf, page)
      expect(text, `page ${page}`).toContain('Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành — năm 2026')
      expect(text, `page ${page}`).toMatch(/Hạng\s+Mã\s+Đơn vị\s+Nhóm/)
      expect(text, `page ${page}`).toMatch(/Giá trị\s+Hạng\s+Giá trị\s+Hạng/)
      expect(text, `page ${page}`).toMatch(new RegExp(`Trang ${page}/\\d+`))
    }
  })

  it('shows groups by name and ends Tổng hợp with the signature block', async () => {
    const [first, second] = [await pageText(pdf, 1), await pageText(pdf, 2)]
    expect(first).toContain('Sở, ban, ngành')
    expect(first + second).not.toContain('so-ban-nganh')
    expect(second).toMatch(/Đà Nẵng, ngày …… tháng …… năm ……/)
    expect(second).toMatch(/Người lập biểu\s+Thủ trưởng đơn vị/)
    expect(second).toMatch(/Nguyễn Văn An\s+Trần Thị Bình/)
  })

  it('prints the whole workbook on A4 landscape and portrait pages only, a plausible number of them', async () => {
    const { stdout } = await run(PDFTOTEXT?.replace(/pdftotext$/, 'pdfinfo') ?? 'pdfinfo', ['-l', '-1', pdf])
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])
    expect(pages).toBeGreaterThanOrEqual(10)
    expect(pages).toBeLessThanOrEqual(40)
    const sizes = [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(([, width, height]) =>
      [Math.round(Number(width)), Math.round(Number(height))].sort().join('x'),
    )
    expect(sizes).toHaveLength(pages)
    expect(new Set(sizes)).toEqual(new Set(['595x842']))
  })
})

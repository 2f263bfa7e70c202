import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { runCli, type CliIo } from '../runCli'

const asem = resolve(__dirname, '../../../examples/coinr-asem')
const golden = resolve(__dirname, '../../../tests/golden/coinr-audit')
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-audit-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function capture(lang: 'vi' | 'en' = 'en') {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: lang },
  }
  return { io, out, error }
}
const asemArgs = (out: string, ...more: string[]) => [
  'audit',
  '--framework',
  join(asem, 'ASEM_iMeta.csv'),
  '--data',
  join(asem, 'ASEM_iData.csv'),
  '--out',
  out,
  ...more,
]

describe('ictwb audit', () => {
  it('writes the audit JSON of COINr’s ASEM pipeline with --treat coinr, matching the goldens', async () => {
    const { io, out, error } = capture()
    const file = join(folder, 'audit.json')

    const code = await runCli(asemArgs(file, '--treat', 'coinr'), io, 'test')

    expect(error).toEqual([])
    expect(code).toBe(0)
    const audit = JSON.parse(await readFile(file, 'utf8'))
    expect(Object.keys(audit)).toEqual(['correlations', 'cronbach', 'treatment', 'flags'])
    expect(Object.keys(audit.correlations[0])).toEqual(['parent', 'indicator', 'pearson', 'spearman'])
    expect(Object.keys(audit.treatment[0])).toEqual(['indicator', 'winsorised', 'units', 'log'])
    const alphas = (await readFile(join(golden, 'cronbach.csv'), 'utf8')).trim().split('\n').slice(1)
    for (const line of alphas) {
      const [aggregate, alpha] = line.split(',').map((cell) => cell.replaceAll('"', ''))
      const ours = audit.cronbach.find((entry: { aggregate: string }) => entry.aggregate === aggregate)
      expect(Math.abs(ours.alpha - Number(alpha)), aggregate).toBeLessThan(1e-9)
    }
    expect(
      audit.treatment.find((entry: { indicator: string }) => entry.indicator === 'Tariff').units,
    ).toHaveLength(3)
    const lowAlpha = audit.flags.find((flag: { code: string }) => flag.code === 'low-alpha')
    expect(lowAlpha.explanation).toMatch(/^Cronbach's alpha of \w+ is low \(0\.\d+ < 0\.7\)/)
    expect(out).toEqual([`Audited 51 units: ${audit.flags.length} flags.`, `Wrote ${file}.`])
  })

  it('treats nothing by default (the framework’s method) and writes an xlsx with one sheet per part, in Vietnamese', async () => {
    const { io, out } = capture('vi')
    const file = join(folder, 'audit.xlsx')

    expect(await runCli(asemArgs(file), io, 'test')).toBe(0)

    const workbook = await readWorkbook(new Uint8Array(await readFile(file)))
    if (!workbook.ok) throw new Error('unreadable workbook')
    expect(workbook.value.sheets.map((sheet) => sheet.name)).toEqual([
      'Tương quan',
      'Cronbach',
      'Xử lý ngoại lai',
      'Cảnh báo',
    ])
    const treatment = workbook.value.sheets[2]
    expect(treatment?.rows[0]).toEqual(['Chỉ tiêu', 'Số điểm Winsorise', 'Đơn vị được xử lý', 'Biến đổi log'])
    expect(treatment?.rows.slice(1).every((row) => row[1] === 0)).toBe(true)
    expect(out[0]).toMatch(/^Đã kiểm định 51 đơn vị: \d+ cảnh báo\.$/)
  })

  it.each([
    [['--treat', 'winsor'], 'Invalid value "winsor" for --treat; expected coinr or none.'],
    [
      ['--aggregate', 'median'],
      'Invalid value "median" for --aggregate; expected amean, gmean, hmean or sum.',
    ],
  ])('refuses a bad scoring option %j with one line and exit code 2', async (more, message) => {
    const { io, error } = capture()
    expect(await runCli(asemArgs(join(folder, 'a.json'), ...more), io, 'test')).toBe(2)
    expect(error).toEqual([message])
  })

  it('refuses an output that is neither .json nor .xlsx, and a missing --data, naming them', async () => {
    const bad = capture()
    expect(await runCli(asemArgs(join(folder, 'a.csv')), bad.io, 'test')).toBe(2)
    expect(bad.error).toEqual([`Unsupported file type "${join(folder, 'a.csv')}"; use .json, .xlsx.`])
    const missing = capture('vi')
    expect(await runCli(['audit', '--framework', 'dti-points', '--out', 'a.json'], missing.io, 'test')).toBe(
      2,
    )
    expect(missing.error).toEqual(['Thiếu tuỳ chọn bắt buộc --data.'])
  })

  it('ictwb score --treat coinr scores the treated data as COINr (Index of every ASEM unit to 1e-9)', async () => {
    const { io, error } = capture()
    const file = join(folder, 'scores.json')
    const args = asemArgs(file, '--treat', 'coinr')
    args[0] = 'score'

    expect(await runCli(args, io, 'test')).toBe(0)
    expect(error).toEqual([])

    const result = JSON.parse(await readFile(file, 'utf8'))
    const [header = '', ...lines] = (await readFile(join(golden, 'aggregated.csv'), 'utf8'))
      .trim()
      .split('\n')
    const column = header.split(',').indexOf('"Index"')
    expect(lines).toHaveLength(51)
    for (const line of lines) {
      const cells = line.split(',').map((cell) => cell.replaceAll('"', ''))
      const index = result.units.findIndex((unit: { code: string }) => unit.code === cells[0])
      expect(Math.abs(result.components.Index.score[index] - Number(cells[column])), cells[0]).toBeLessThan(
        1e-9,
      )
    }
    expect(result.indicators.Tariff.treatment.winsorised).toBe(3)
  })
})

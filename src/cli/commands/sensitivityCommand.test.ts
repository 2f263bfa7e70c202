import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { runCli, type CliIo } from '../runCli'
import { parseSensitivityFlags } from './sensitivityCommand'

const asem = resolve(__dirname, '../../../examples/coinr-asem')
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-sensitivity-'))
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

const base = (out: string) => [
  'sensitivity',
  '--framework',
  join(asem, 'ASEM_iMeta.csv'),
  '--data',
  join(asem, 'ASEM_iData.csv'),
  '--out',
  out,
]

describe('ictwb sensitivity', () => {
  it('writes first-order and total indices with intervals as JSON, the same for the same seed', async () => {
    const runs = []
    for (const name of ['a.json', 'b.json']) {
      const { io, out, error } = capture()
      const file = join(folder, name)
      const code = await runCli(
        [
          ...base(file),
          '--n',
          '20',
          '--seed',
          '4',
          '--bootstrap',
          '30',
          '--assumptions',
          'weights,normalisation,aggregation',
          '--normalisations',
          'minmax:0,100,rank',
        ],
        io,
        'test',
      )
      expect(error).toEqual([])
      expect(code).toBe(0)
      expect(out[0]).toBe('Recomputed 100 times (N = 20, 3 assumptions).')
      runs.push(JSON.parse(await readFile(file, 'utf8')))
    }
    const [first, second] = runs
    expect(first).toEqual(second)
    expect(first.runs).toBe(100)
    expect(first.indices.map((index: { kind: string }) => index.kind)).toEqual([
      'weights',
      'normalisation',
      'aggregation',
    ])
    expect(first.assumptions[1]).toEqual({
      kind: 'normalisation',
      alternatives: [{ method: 'min-max', lower: 0, upper: 100 }, { method: 'rank' }],
    })
    for (const index of first.indices) {
      expect(typeof index.first).toBe('number')
      expect(index.totalLow).toBeLessThanOrEqual(index.totalHigh)
    }
  })

  it('writes a workbook with Vietnamese headings', async () => {
    const { io, error } = capture('vi')
    const file = join(folder, 'do-nhay.xlsx')
    const code = await runCli(
      [...base(file), '--n', '10', '--assumptions', 'weights,aggregation', '--bootstrap', '0'],
      io,
      'test',
    )
    expect(error).toEqual([])
    expect(code).toBe(0)
    expect((await stat(file)).size).toBeGreaterThan(0)
    const book = await readWorkbook(new Uint8Array(await readFile(file)))
    if (!book.ok) throw new Error('unreadable')
    const sheet = book.value.sheets[0]
    expect(sheet?.name).toBe('Độ nhạy')
    expect(sheet?.rows[0]?.[0]).toBe('Giả định')
    expect(sheet?.rows[1]?.[0]).toBe('Trọng số')
    expect(sheet?.rows[2]?.[0]).toBe('Tổng hợp')
  })

  it('refuses bad options with one clear line each and writes nothing', async () => {
    const { io, error } = capture()
    const file = join(folder, 'x.json')
    const code = await runCli(
      [...base(file), '--n', 'many', '--assumptions', 'weights,colour', '--aggregations', 'amean,median'],
      io,
      'test',
    )
    expect(code).toBe(2)
    expect(error.join('\n').split('\n')).toEqual([
      'Invalid value "many" for --n; expected a whole number ≥ 10.',
      'Invalid value "weights,colour" for --assumptions; expected weights, normalisation, aggregation, imputation.',
    ])
    await expect(stat(file)).rejects.toThrow()
  })

  it('reports problems the analysis finds (too few assumptions, N out of range) in Vietnamese', async () => {
    const { io, error } = capture('vi')
    const code = await runCli(
      [...base(join(folder, 'x.json')), '--n', '5', '--assumptions', 'aggregation'],
      io,
      'test',
    )
    expect(code).toBe(2)
    expect(error.join('\n').split('\n')).toEqual([
      'Cần ít nhất hai giả định không chắc chắn (--assumptions) để phân tích độ nhạy theo phương sai.',
      'Giá trị --n phải là số nguyên từ 10 đến 20.000.',
    ])
  })

  it('refuses an output that is not .json or .xlsx', async () => {
    const { io, error } = capture()
    expect(await runCli(base(join(folder, 'x.csv')), io, 'test')).toBe(2)
    expect(error[0]).toContain('.json, .xlsx')
  })
})

describe('parseSensitivityFlags', () => {
  it('reads lists whose alternatives carry numbers after commas', () => {
    const parsed = parseSensitivityFlags({
      '--assumptions': 'normalisation,imputation',
      '--normalisations': 'minmax:0,1,zscore:10,2,goalposts:0,50,1,prank',
      '--imputations': 'mean,group-mean:GDP_group',
    })
    expect(parsed).toEqual({
      ok: true,
      value: {
        n: 100,
        seed: 1,
        bootstrap: 100,
        assumptions: [
          {
            kind: 'normalisation',
            alternatives: [
              { method: 'min-max', lower: 0, upper: 1 },
              { method: 'z-score', mean: 10, sd: 2 },
              { method: 'goalposts', lower: 0, upper: 50, scale: 1 },
              { method: 'percentile-rank' },
            ],
          },
          {
            kind: 'imputation',
            alternatives: [{ method: 'mean' }, { method: 'group-mean', attribute: 'GDP_group' }],
          },
        ],
      },
    })
  })

  it('names the list option of a bad alternative', () => {
    expect(
      parseSensitivityFlags({ '--assumptions': 'weights,aggregation', '--aggregations': 'amean,max' }),
    ).toEqual({
      ok: false,
      error: [{ option: '--aggregations', value: 'max', expected: 'amean, gmean, hmean or sum' }],
    })
  })
})

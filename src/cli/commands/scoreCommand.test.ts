import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCellNumber } from '@core/excel/cellNumber'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { runCli, type CliIo } from '../runCli'

const asem = resolve(__dirname, '../../../examples/coinr-asem')
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-score-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function capture() {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: 'en' },
  }
  return { io, out, error }
}

const readTable = async (path: string) => {
  const parsed = parseCsv(await readFile(path, 'utf8'))
  if (!parsed.ok) throw new Error('unreadable output')
  return parsed.value.rows
}

describe('ictwb score', () => {
  it('reproduces COINr’s ASEM pipeline (min-max 0–100, arithmetic mean) and its ranks', async () => {
    const { io, error } = capture()
    const out = join(folder, 'out.csv')

    const code = await runCli(
      [
        'score',
        '--framework',
        join(asem, 'ASEM_iMeta.csv'),
        '--data',
        join(asem, 'ASEM_iData.csv'),
        '--out',
        out,
        '--csv-machine',
      ],
      io,
      'test',
    )

    expect(error).toEqual([])
    expect((await readFile(out, 'utf8')).startsWith('\uFEFFuCode,')).toBe(true)
    expect(code).toBe(0)
    const [header = [], ...rows] = await readTable(out)
    const [goldenHeader = [], ...golden] = await readTable(join(asem, 'G1-minmax-amean.csv'))
    const [, ...goldenRanks] = await readTable(join(asem, 'G1-results.csv'))
    const ours = new Map(rows.map((row) => [row[0], row]))
    for (const expected of golden) {
      const row = ours.get(expected[0] ?? '') ?? []
      goldenHeader.slice(1).forEach((column, index) => {
        const wanted = Number(expected[index + 1])
        const actual = Number(row[header.indexOf(column)])
        expect(Math.abs(actual - wanted), `${expected[0]} ${column}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(wanted)),
        )
      })
    }
    for (const expected of goldenRanks)
      expect(ours.get(expected[0] ?? '')?.[header.indexOf('Rank')], expected[0]).toBe(expected[1])
  })

  it('writes for Vietnamese Excel by default: BOM, semicolons, decimal commas', async () => {
    const out = join(folder, 'vi.csv')

    await runCli(
      [
        'score',
        '--framework',
        join(asem, 'ASEM_iMeta.csv'),
        '--data',
        join(asem, 'ASEM_iData.csv'),
        '--out',
        out,
      ],
      capture().io,
      'test',
    )

    const text = await readFile(out, 'utf8')
    expect(text.startsWith('\uFEFFuCode;')).toBe(true)
    const [header = [], first = []] = await readTable(out)
    expect(first[header.indexOf('Index')]).toMatch(/^\d+,\d+$/)
  })

  it('rounds the output with --decimals but ranks on unrounded values', async () => {
    const { io } = capture()
    const out = join(folder, 'rounded.csv')

    await runCli(
      [
        'score',
        '--framework',
        join(asem, 'ASEM_iMeta.csv'),
        '--data',
        join(asem, 'ASEM_iData.csv'),
        '--decimals',
        '2',
        '--out',
        out,
      ],
      io,
      'test',
    )

    const [header = [], ...rows] = await readTable(out)
    const index = rows.map((row) => row[header.indexOf('Index')] ?? '')
    expect(index.every((value) => /^-?\d+(,\d{1,2})?$/.test(value))).toBe(true)
  })

  it('applies new weights from a CSV file', async () => {
    const { io } = capture()
    const weights = join(folder, 'weights.csv')
    await writeFile(weights, 'iCode,Weight\nConn,3\nSust,1\n')

    await runCli(
      [
        'score',
        '--framework',
        join(asem, 'ASEM_iMeta.csv'),
        '--data',
        join(asem, 'ASEM_iData.csv'),
        '--weights',
        weights,
        '--out',
        join(folder, 'w.csv'),
      ],
      io,
      'test',
    )

    const [header = [], first = []] = await readTable(join(folder, 'w.csv'))
    const number = (column: string) => Number(readCellNumber(first[header.indexOf(column)]))
    const conn = number('Conn')
    const sust = number('Sust')
    expect(number('Index')).toBeCloseTo((3 * conn + sust) / 4, 9)
  })

  it.each([
    [['score', '--data', 'x.csv', '--out', 'y.csv'], 'Missing required option --framework.'],
    [
      ['score', '--framework', 'dti-points', '--data', 'x.csv', '--out', 'y.txt'],
      'Unsupported file type "y.txt"; use .csv, .xlsx, .json.',
    ],
    [
      [
        'score',
        '--framework',
        'dti-points',
        '--data',
        'x.csv',
        '--out',
        'y.csv',
        '--normalise',
        'minmax:5,1',
      ],
      'Invalid value "minmax:5,1" for --normalise; expected minmax or minmax:L,U with L < U.',
    ],
    [
      ['score', '--framework', 'dti-points', '--data', 'x.csv', '--out', 'y.csv', '--aggregate', 'median'],
      'Invalid value "median" for --aggregate; expected amean, gmean, hmean or sum.',
    ],
    [
      ['score', '--framework', 'nope', '--data', 'x.csv', '--out', 'y.csv'],
      'There is no built-in framework "nope" and no such file. Built-in frameworks: dept-ict-readiness, vn-ict-index-province, dti-points.',
    ],
    [
      ['score', '--framework', 'dti-points', '--data', 'x.csv', '--out', 'y.csv', '--bogus'],
      'Unknown option: "--bogus".',
    ],
  ])('refuses bad usage %j with one line and exit code 2', async (args, message) => {
    const { io, error } = capture()

    const code = await runCli(args, io, 'test')

    expect(code).toBe(2)
    expect(error).toEqual([message])
  })

  it('reports an unreadable data file in one line', async () => {
    const { io, error } = capture()

    const code = await runCli(
      [
        'score',
        '--framework',
        'dti-points',
        '--data',
        join(folder, 'missing.csv'),
        '--out',
        join(folder, 'o.csv'),
      ],
      io,
      'test',
    )

    expect(code).toBe(2)
    expect(error).toHaveLength(1)
    expect(error[0]).toMatch(/^Cannot read ".*missing\.csv": ENOENT/)
  })
})

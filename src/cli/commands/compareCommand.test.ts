import 'fake-indexeddb/auto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { compareThroughLineage } from '@core/comparison/compareThroughLineage'
import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import type { YearResults } from '@core/comparison/yearResults'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { defineWorkbenchDatabase } from '@core/storage/database'
import { seedSampleWorkspace } from '@core/storage/seedSampleWorkspace'
import { createUnitLineageRepository } from '@core/storage/unitLineageRepository'
import type { UnitLineage } from '@core/comparison/unitLineage'
import { runCli, type CliIo } from '../runCli'

const lineageFile = resolve(__dirname, '../../../resources/lineage/danang-departments-2025-lineage.csv')
let folder = ''
let years: YearResults[] = []
let appLineage: UnitLineage = { rows: [] }

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

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-compare-'))
  const database = defineWorkbenchDatabase(`compare-${crypto.randomUUID()}`)
  const seeded = await seedSampleWorkspace(database)
  if (!seeded.ok) throw new Error(`seeding refused: ${JSON.stringify(seeded.error)}`)
  const published = await loadPublishedResults(createAssessmentRepository(database))
  years = [...published.years].sort((a, b) => a.year - b.year)
  appLineage = await createUnitLineageRepository(database).current()
  const framework = loadBuiltInFramework('dept-ict-readiness')
  if (!framework.ok) throw new Error('framework')
  for (const year of years)
    await writeFile(join(folder, `ket-qua-${year.year}.csv`), rankingCsv(framework.value, year.result))
  database.close()
}, 60_000)
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('ictwb compare', () => {
  it('writes the same restated values and ranks as the app computes for the sample workspace', async () => {
    const { io, out, error } = capture()
    const output = join(folder, 'so-sanh.csv')
    const code = await runCli(
      [
        'compare',
        '--earlier',
        join(folder, 'ket-qua-2024.csv'),
        '--later',
        join(folder, 'ket-qua-2025.csv'),
        '--lineage',
        lineageFile,
        '--out',
        output,
        '--csv-machine',
      ],
      io,
      'test',
    )
    expect(error).toEqual([])
    expect(code).toBe(0)
    const [earlier, later] = years
    if (earlier === undefined || later === undefined) throw new Error('years')
    const app = compareThroughLineage(earlier, later, appLineage)
    const parsed = parseCsv(await readFile(output, 'utf8'))
    if (!parsed.ok) throw new Error('output unreadable')
    const [header, ...rows] = parsed.value.rows
    expect(header).toEqual([
      'Code',
      'Unit',
      'Value 2024 (restated)',
      'Value 2025',
      'Change',
      'Rank 2024 (restated)',
      'Rank 2025',
      'Note',
    ])
    // the later file is the ranking (best first), so rows follow its order
    expect(rows.map((row) => row[0]).sort()).toEqual(app.rows.map((row) => row.code).sort())
    const number = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text))
    expect(app.rows.filter((row) => row.restatement !== null).length).toBeGreaterThan(15)
    // Phường Ngũ Hành Sơn received the dissolved district's functions: no earlier value
    expect(app.rows.find((row) => row.code === 'P-NGUHANHSON')?.earlier).toBeNull()
    rows.forEach((row) => {
      const expected = app.rows.find((item) => item.code === row[0])
      const close = (found: number | null, wanted: number | null | undefined) =>
        wanted === null || wanted === undefined
          ? expect(found, row[0]).toBeNull()
          : expect(found, row[0]).toBeCloseTo(wanted, 12)
      close(number(row[2]), expected?.earlier)
      close(number(row[3]), expected?.later)
      expect(number(row[5]), row[0]).toBe(expected?.earlierRank)
      expect(number(row[6]), row[0]).toBe(expected?.laterRank)
    })
    const skhcn = rows.find((row) => row[0] === 'SKHCN')
    expect(skhcn?.[7]).toBe(
      'merged from 2 units: STTTT (Sở Thông tin và Truyền thông), SKHCN (Sở Khoa học và Công nghệ); arithmetic mean',
    )
    expect(rows.find((row) => row[0] === 'P-HAICHAU')?.[7]).toMatch(/^split from Q-HC \(UBND quận Hải Châu\)/)
    expect(out).toContain(
      'No longer exists: Q-NHS (UBND quận Ngũ Hành Sơn), dissolved on 2025-07-01; its functions went to P-NGUHANHSON (Phường Ngũ Hành Sơn).',
    )
  })

  it('with --combine none leaves merged units without an earlier value; Vietnamese notes by default', async () => {
    const { io } = capture('vi')
    const output = join(folder, 'none.csv')
    const args = ['--earlier', join(folder, 'ket-qua-2024.csv'), '--later', join(folder, 'ket-qua-2025.csv')]
    const code = await runCli(
      ['compare', ...args, '--lineage', lineageFile, '--combine', 'none', '--out', output, '--csv-machine'],
      io,
      'test',
    )
    expect(code).toBe(0)
    const parsed = parseCsv(await readFile(output, 'utf8'))
    const skhcn = parsed.ok ? parsed.value.rows.find((row) => row[0] === 'SKHCN') : undefined
    expect(skhcn?.[2]).toBe('')
    expect(skhcn?.[7]).toMatch(/^ghép từ 2 đơn vị: .*; không so sánh được/)
  })

  it('writes a table that ictwb inspect names as a comparison, as CSV and .xlsx, in either language', async () => {
    const args = ['--earlier', join(folder, 'ket-qua-2024.csv'), '--later', join(folder, 'ket-qua-2025.csv')]
    const files: string[] = []
    for (const [language, name] of [
      ['vi', 'so-sanh.xlsx'],
      ['en', 'comparison.xlsx'],
      ['vi', 'so-sanh.csv'],
      ['en', 'comparison.csv'],
    ] as const) {
      const output = join(folder, name)
      expect(
        await runCli(
          ['compare', ...args, '--lineage', lineageFile, '--out', output],
          capture(language).io,
          'test',
        ),
      ).toBe(0)
      files.push(output)
    }
    const { io, out, error } = capture('en')
    expect(await runCli(['inspect', '--json', ...files], io, 'test')).toBe(0)
    expect(error).toEqual([])
    const inspected = JSON.parse(out.join('\n')) as {
      files: { kind: string; scope: string; items: number }[]
    }
    expect(inspected.files.map((file) => [file.kind, file.scope])).toEqual(
      files.map(() => ['comparison-workbook', '2024, 2025']),
    )
    expect(new Set(inspected.files.map((file) => file.items)).size).toBe(1)
    expect(inspected.files[0]?.items).toBeGreaterThan(10)
  })

  it('reports every problem of a bad lineage file at once and writes nothing', async () => {
    const { io, error } = capture()
    const bad = join(folder, 'bad-lineage.csv')
    await writeFile(
      bad,
      'new_code,new_name,old_code,old_name,kind,effective_date\nA,,X,,merged,2025-13-01\nB,,X,,swallowed,2025-03-01\n',
    )
    const output = join(folder, 'never.csv')
    const code = await runCli(
      [
        'compare',
        '--earlier',
        join(folder, 'ket-qua-2024.csv'),
        '--later',
        join(folder, 'ket-qua-2025.csv'),
        '--lineage',
        bad,
        '--out',
        output,
      ],
      io,
      'test',
    )
    expect(code).toBe(1)
    expect(error.join('\n').split('\n')).toEqual([
      `${bad}: Row 2: effective date “2025-13-01” is not valid (YYYY-MM-DD, e.g. 2025-07-01).`,
      `${bad}: Row 3: change kind “swallowed” is not valid (renamed, merged, split, dissolved, created or unchanged).`,
    ])
    await expect(readFile(output)).rejects.toThrow()
  })

  it('refuses a bad --combine value', async () => {
    const { io, error } = capture()
    const code = await runCli(
      ['compare', '--earlier', 'a.csv', '--later', 'b.csv', '--combine', 'median', '--out', 'x.csv'],
      io,
      'test',
    )
    expect(code).toBe(2)
    expect(error[0]).toContain('--combine')
  })
})

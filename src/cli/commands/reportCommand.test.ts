import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { importIData } from '@core/formats/coinr/importIData'
import { csvStyleOptions } from '@core/excel/csv/csvStyleOptions'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { writeCsv, type CsvField } from '@core/excel/csv/writeCsv'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { runCli, type CliIo } from '../runCli'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-report-'))
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

describe('ictwb report', () => {
  it(
    'writes the results report workbook and the ranking CSV, with the engine’s ranks and values',
    { timeout: 60_000 },
    async () => {
      const { io, error } = capture()
      const data = join(folder, 'data.csv')
      await runCli(
        ['sample', '--framework', 'dept-ict-readiness', '--year', '2026', '--data-table', data],
        io,
        'test',
      )
      const out = join(folder, 'ket-qua.xlsx')
      const csv = join(folder, 'xep-hang.csv')

      const code = await runCli(
        [
          'report',
          '--framework',
          'dept-ict-readiness',
          '--data',
          data,
          '--out',
          out,
          '--csv',
          csv,
          '--official',
        ],
        io,
        'test',
      )

      expect(error).toEqual([])
      expect(code).toBe(0)
      const framework = loadBuiltInFramework('dept-ict-readiness')
      const table = parseCsv(await readFile(data, 'utf8'))
      if (!framework.ok || !table.ok) throw new Error('setup')
      const units = importIData(table.value.rows, framework.value)
      if (!units.ok) throw new Error('setup')
      const expected = computeAssessment(framework.value, units.value)
      const workbook = await readWorkbook(new Uint8Array(await readFile(out)))
      if (!workbook.ok) throw new Error('unreadable report')
      const summary = workbook.value.sheets.find((sheet) => sheet.name === 'Tổng hợp')?.rows ?? []
      expect(summary[1]?.[0]).toMatch(/^Kết quả chính thức/)
      // title, status, rounding note, a blank row and two header rows above the units
      for (const row of summary.slice(6)) {
        const index = expected.units.findIndex((unit) => unit.code === row[1])
        expect(row[0]).toBe(expected.components['ICT']?.rank[index])
        expect(row[4]).toBe(expected.components['ICT']?.score[index])
      }
      expect(summary.slice(6)).toHaveLength(expected.units.length)
      expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe(
        '\uFEFFHạng;Mã;Đơn vị;Nhóm;ICT;HTKT;HTNL;UD;UD_NB;UD_CTTDT;Xếp loại',
      )
    },
  )

  it(
    'reads a ; and decimal-comma data table as its , and . twin, and writes the ranking with , and . on --csv-machine',
    { timeout: 60_000 },
    async () => {
      const { io, error } = capture()
      const machine = join(folder, 'machine.csv')
      await runCli(
        ['sample', '--framework', 'dti-points', '--year', '2026', '--data-table', machine, '--csv-machine'],
        io,
        'test',
      )
      const parsed = parseCsv(await readFile(machine, 'utf8'))
      if (!parsed.ok) throw new Error('setup')
      const vietnamese = join(folder, 'vi.csv')
      await writeFile(
        vietnamese,
        writeCsv(parsed.value.rows.map(withDecimalCommas), csvStyleOptions('vi-excel')),
      )
      expect(await readFile(vietnamese, 'utf8')).toMatch(/;\d+,\d+[;\r]/)
      const rankings: string[] = []
      for (const data of [machine, vietnamese]) {
        const csv = join(folder, `xep-hang-${rankings.length}.csv`)
        const args = ['report', '--framework', 'dti-points', '--data', data, '--out', join(folder, 'r.xlsx')]
        expect(await runCli([...args, '--csv', csv, '--csv-machine'], io, 'test')).toBe(0)
        rankings.push(await readFile(csv, 'utf8'))
      }

      expect(error).toEqual([])
      expect(rankings[0]?.split('\r\n')[0]).toMatch(/^\uFEFFHạng,Mã,Đơn vị,Nhóm,/)
      expect(rankings[0]).toMatch(/,\d+\.\d+,/)
      expect(rankings[1]).toBe(rankings[0])
    },
  )

  it('refuses an output that is not an .xlsx workbook', async () => {
    const { io, error } = capture()

    const code = await runCli(
      ['report', '--framework', 'dept-ict-readiness', '--data', 'x.csv', '--out', 'report.pdf'],
      io,
      'test',
    )

    expect(code).toBe(2)
    expect(error).toHaveLength(1)
  })
})

/** A machine-form row with every decimal-point number turned into a number, so writeCsv writes it with a decimal comma. */
function withDecimalCommas(row: readonly string[]): CsvField[] {
  return row.map((field) => (/^-?\d+\.\d+$/.test(field) ? Number(field) : field))
}

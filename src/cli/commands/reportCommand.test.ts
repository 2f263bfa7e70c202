import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { importIData } from '@core/formats/coinr/importIData'
import { parseCsv } from '@core/excel/csv/parseCsv'
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
      for (const row of summary.slice(5)) {
        const index = expected.units.findIndex((unit) => unit.code === row[1])
        expect(row[0]).toBe(expected.components['ICT']?.rank[index])
        expect(row[4]).toBe(expected.components['ICT']?.score[index])
      }
      expect(summary.slice(5)).toHaveLength(expected.units.length)
      expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe(
        '\uFEFFHạng,Mã,Đơn vị,Nhóm,ICT,HTKT,HTNL,UD,UD_NB,UD_CTTDT,Xếp loại',
      )
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

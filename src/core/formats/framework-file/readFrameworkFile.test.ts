import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { readFrameworkFile } from './readFrameworkFile'
import { serialiseFramework } from './serialiseFramework'
import { writeAuthoringWorkbook } from '@core/formats/authoring/writeAuthoringWorkbook'

const asemCsv = readFileSync(resolve(__dirname, '../../../../examples/coinr-asem/ASEM_iMeta.csv'))
const utf8 = (text: string) => new TextEncoder().encode(text)
const dtiPoints = () => {
  const loaded = loadBuiltInFramework('dti-points')
  if (!loaded.ok) throw new Error('dti-points does not load')
  return loaded.value
}

describe('readFrameworkFile', () => {
  it('reads a framework JSON file, whatever the case of its extension', async () => {
    const framework = dtiPoints()

    const read = await readFrameworkFile('DTI-Points.JSON', utf8(serialiseFramework(framework)), {
      year: 2025,
    })

    expect(read).toEqual({ ok: true, value: framework })
  })

  it('reads a JSON file saved with a byte-order mark', async () => {
    const read = await readFrameworkFile('dti.json', utf8(`\uFEFF${serialiseFramework(dtiPoints())}`), {
      year: 2025,
    })

    expect(read.ok).toBe(true)
  })

  it('reports a JSON syntax error with the parser’s message', async () => {
    const read = await readFrameworkFile('broken.json', utf8('{ "id": "x", }'), { year: 2025 })

    expect(read).toEqual({
      ok: false,
      error: [{ code: 'not-json', fileName: 'broken.json', message: expect.stringMatching(/JSON/) }],
    })
  })

  it('reports a JSON file that is not a valid framework with the framework issues', async () => {
    const read = await readFrameworkFile('empty.json', utf8('{}'), { year: 2025 })

    expect(read.ok ? [] : read.error.map((issue) => issue.code)).toContain('schema-invalid')
  })

  it('reports text that is not UTF-8', async () => {
    const read = await readFrameworkFile(
      'imeta.csv',
      new Uint8Array([0x69, 0x43, 0x6f, 0x64, 0x65, 0x0a, 0xc3, 0x28]),
      { year: 2025 },
    )

    expect(read).toEqual({ ok: false, error: [{ code: 'not-utf8-text', fileName: 'imeta.csv' }] })
  })

  it('imports the ASEM iMeta table from CSV with no issues, named after the file', async () => {
    const read = await readFrameworkFile('/data/coinr-asem/ASEM_iMeta.csv', asemCsv, { year: 2018 })

    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect([
      read.value.id,
      read.value.year,
      read.value.indicators.length,
      read.value.components.length,
    ]).toEqual(['asem-imeta', 2018, 49, 11])
  })

  it('imports the same iMeta table saved as an .xlsx workbook', async () => {
    const parsed = parseCsv(new TextDecoder().decode(asemCsv))
    if (!parsed.ok) throw new Error('ASEM iMeta does not parse')
    const rows = parsed.value.rows.map((row, index) =>
      row.map((cell) => (index > 0 && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell)),
    )
    const bytes = await writeWorkbook({ sheets: [{ name: 'iMeta', rows }] })
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))

    const fromXlsx = await readFrameworkFile('ASEM_iMeta.xlsx', bytes.value, { year: 2018 })
    const fromCsv = await readFrameworkFile('ASEM_iMeta.csv', asemCsv, { year: 2018 })

    expect(fromXlsx).toEqual(fromCsv)
  })

  it('passes denominate through to the iMeta import', async () => {
    const read = await readFrameworkFile('ASEM_iMeta.csv', asemCsv, { year: 2018, denominate: false })

    expect(
      read.ok && read.value.indicators.filter((indicator) => indicator.denominator !== undefined),
    ).toEqual([])
  })

  it('lists the framework issues wrapped in imeta-framework-invalid', async () => {
    const csv =
      'iCode,iName,Direction,Weight,Parent,Type\nI1,One,1,1,Nowhere,Indicator\nIndex,Index,1,1,,Aggregate\n'

    const read = await readFrameworkFile('bad.csv', utf8(csv), { year: 2025 })

    expect(read.ok ? [] : read.error.map((issue) => issue.code)).toEqual([
      'imeta-framework-invalid',
      'unknown-parent',
      'empty-component',
    ])
  })

  it('reports CSV quoting errors', async () => {
    const read = await readFrameworkFile('bad.csv', utf8('iCode,iName\n"I1,One\n'), { year: 2025 })

    expect(read).toEqual({ ok: false, error: [{ code: 'unterminated-quote', line: 3 }] })
  })

  it('reads an .xlsx with a settings sheet as an authoring workbook', async () => {
    const framework = dtiPoints()
    const bytes = await writeAuthoringWorkbook(framework)
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))

    const read = await readFrameworkFile('dti.xlsx', bytes.value, { year: 1999 })

    expect(read).toEqual({ ok: true, value: framework })
  })

  it('locates the framework issues of an authoring workbook at their cells', async () => {
    const bytes = await writeAuthoringWorkbook({
      ...aPointsFramework(),
      bands: [{ code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 }],
    })
    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))

    const read = await readFrameworkFile('points.xlsx', bytes.value, { year: 2025 })

    expect(read).toEqual({
      ok: false,
      error: [{ code: 'band-order', path: 'bands', problem: 'no-zero-band', sheet: 'bands', cell: 'D2' }],
    })
  })

  it('reports an .xlsx file that is really random bytes', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256)

    const read = await readFrameworkFile('random.xlsx', bytes, { year: 2025 })

    expect(read.ok).toBe(false)
    expect(read.ok ? [] : read.error.map((issue) => issue.code)).toEqual(['not-a-zip'])
  })

  it.each([
    ['framework.xls', 'xls'],
    ['framework.ods', 'ods'],
    ['README', ''],
  ])('refuses %s as an unsupported type of file', async (fileName, extension) => {
    expect(await readFrameworkFile(fileName, utf8('{}'), { year: 2025 })).toEqual({
      ok: false,
      error: [{ code: 'unsupported-file-type', fileName, extension }],
    })
  })
})

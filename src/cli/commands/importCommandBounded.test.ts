import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { editParts } from '@core/excel/xlsx/testing/xlsxPackage'
import { sha256Hex } from '@core/sha256'
import { runCli, type CliIo } from '../runCli'
import { parseWorkerForTests } from '../testing/parseWorkerForTests'
import { sampleWorkbooks } from '../testing/sampleWorkbooks'

const framework = loadedBuiltIn('dti-points')
const workbooks: Uint8Array[] = []
let parseWorker = ''
let folder = ''

beforeAll(async () => {
  parseWorker = await parseWorkerForTests()
  workbooks.push(...(await sampleWorkbooks(framework, 5, 3)).values())
}, 120_000)
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-bounded-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const cli = async (args: readonly string[], env: Readonly<Record<string, string>> = {}) => {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: 'en', ICTWB_PARSE_WORKER: parseWorker, ...env },
  }
  const code = await runCli(args, io, 'test')
  return { code, out, error }
}

/** A questionnaire whose first sheet holds `rows` × 20 more numbers (or distinct texts): within the read limits, slow and big to parse. */
function heavyWorkbook(base: Uint8Array, rows: number, cells: 'numbers' | 'texts' = 'numbers'): Uint8Array {
  return editParts(base, (parts) => {
    const name = 'xl/worksheets/sheet1.xml'
    const xml = new TextDecoder().decode(parts.get(name) as Uint8Array)
    const columns = 'ABCDEFGHIJKLMNOPQRST'.split('')
    const body: string[] = []
    const cell = (address: string, value: number) =>
      cells === 'numbers'
        ? `<c r="${address}"><v>${value}</v></c>`
        : `<c r="${address}" t="inlineStr"><is><t>T${value}</t></is></c>`
    for (let row = 1; row <= rows; row += 1)
      body.push(
        `<row r="${row}">${columns.map((column, at) => cell(`${column}${row}`, (row * 7919 + at * 104729) % 1_000_003)).join('')}</row>`,
      )
    parts.set(
      name,
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${body.join('')}</sheetData>`),
    )
  })
}

describe('ictwb import, bounded parsing', () => {
  it('refuses a file that parses too long (parse-timeout) and imports the next ones', async () => {
    const [first, second] = workbooks as [Uint8Array, Uint8Array]
    await writeFile(join(folder, '1-slow.xlsx'), heavyWorkbook(first, 40_000))
    await writeFile(join(folder, '2-fine.xlsx'), second)

    const { code, out } = await cli(['import', folder, '--framework', 'dti-points'], {
      ICTWB_PARSE_TIMEOUT_MS: '1000',
    })

    expect(code).toBe(0)
    expect(out).toEqual([
      `REJECTED ${join(folder, '1-slow.xlsx')} parse-timeout Reading the file took more than 1 second; refused to stay safe.`,
      `OK ${join(folder, '2-fine.xlsx')}`,
    ])
  }, 60_000)

  it('refuses a file that fills the worker heap (parse-out-of-memory) and imports the next ones', async () => {
    const [first, second] = workbooks as [Uint8Array, Uint8Array]
    await writeFile(join(folder, '1-big.xlsx'), heavyWorkbook(first, 35_000, 'texts'))
    await writeFile(join(folder, '2-fine.xlsx'), second)

    const { code, out } = await cli(['import', folder, '--framework', 'dti-points'], {
      ICTWB_PARSE_HEAP_MB: '48',
      ICTWB_PARSE_TIMEOUT_MS: '60000',
    })

    expect(code).toBe(0)
    expect(out).toEqual([
      `REJECTED ${join(folder, '1-big.xlsx')} parse-out-of-memory The file needed more memory than allowed while being read; refused to stay safe.`,
      `OK ${join(folder, '2-fine.xlsx')}`,
    ])
  }, 90_000)

  it('does not parse again a file a stopped run left "parsing", and imports the others', async () => {
    const [first, second, third] = workbooks as [Uint8Array, Uint8Array, Uint8Array]
    const paths = ['1.xlsx', '2.xlsx', '3.xlsx'].map((name) => join(folder, name))
    await Promise.all([first, second, third].map((bytes, at) => writeFile(paths[at] as string, bytes)))
    const state = join(folder, 'state.json')
    await writeFile(
      state,
      JSON.stringify({
        format: 'ictwb-import-state',
        formatVersion: 2,
        submissions: [],
        batches: [],
        journal: [],
        parsing: [{ fingerprint: sha256Hex(second), fileName: paths[1], at: '2026-03-01T08:00:00.000Z' }],
      }),
    )

    const { code, out } = await cli(['import', ...paths, '--framework', 'dti-points', '--state', state])

    expect(code).toBe(0)
    expect(out).toEqual([
      `OK ${paths[0]}`,
      `REJECTED ${paths[1]} parse-interrupted An earlier import stopped while reading this file; it is not read again (save it again to retry).`,
      `OK ${paths[2]}`,
    ])
    const saved = JSON.parse(await readFile(state, 'utf8')) as {
      formatVersion: number
      submissions: unknown[]
      parsing: { fingerprint: string }[]
    }
    expect(saved.formatVersion).toBe(2)
    expect(saved.submissions).toHaveLength(2)
    expect(saved.parsing.map((mark) => mark.fingerprint)).toEqual([sha256Hex(second)])
  })

  it('loads a version 1 state (no parsing marks)', async () => {
    const path = join(folder, 'a.xlsx')
    await writeFile(path, workbooks[0] as Uint8Array)
    const state = join(folder, 'state.json')
    await writeFile(
      state,
      JSON.stringify({
        format: 'ictwb-import-state',
        formatVersion: 1,
        submissions: [],
        batches: [],
        journal: [],
      }),
    )

    const { code, out } = await cli(['import', path, '--framework', 'dti-points', '--state', state])

    expect(code).toBe(0)
    expect(out).toEqual([`OK ${path}`])
    expect(JSON.parse(await readFile(state, 'utf8'))).toMatchObject({ formatVersion: 2, parsing: [] })
  })
})

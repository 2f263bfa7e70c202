// Issue #15 item 6 through `ictwb import` (bounded worker parsing, default 10 s / 512 MB limits):
// every XML-level hostile file is REJECTED with one of its codes, every harmless legal variant is
// imported (OK, then DUPLICATE for the same answers).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import goldenFramework from '@core/formats/questionnaire/testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from '@core/formats/questionnaire/testing/questionnaireFixtures'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { CorpusBase } from '@core/import/testing/hostileCorpus'
import { harmlessXmlCorpus, xmlHostileCorpus } from '@core/import/testing/xmlHostileCorpus'
import { runCli, type CliIo } from '../runCli'
import { parseWorkerForTests } from '../testing/parseWorkerForTests'

let parseWorker = ''
let folder = ''
let base: CorpusBase

beforeAll(async () => {
  parseWorker = await parseWorkerForTests()
  folder = await mkdtemp(join(tmpdir(), 'ictwb-hostile-xml-'))
  await writeFile(join(folder, 'framework.json'), JSON.stringify(goldenFramework))
  const loaded = loadFramework(goldenFramework)
  if (!loaded.ok) throw new Error('golden framework')
  const written = await writeQuestionnaireWorkbook(loaded.value, FILLED_OPTIONS)
  if (!written.ok) throw new Error('base not written')
  const read = await readWorkbook(written.value)
  if (!read.ok) throw new Error('base not read')
  base = { bytes: written.value, workbook: read.value, write: () => written.value }
}, 120_000)
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const importFolder = async (name: string) => {
  const out: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: () => {},
    env: { ICTWB_LANG: 'en', ICTWB_PARSE_WORKER: parseWorker },
  }
  const code = await runCli(
    ['import', join(folder, name), '--framework', join(folder, 'framework.json')],
    io,
    'test',
  )
  return { code, out }
}

describe('ictwb import on the XML-level hostile corpus', () => {
  it('refuses every hostile file with one of its codes, within the parse limits', async () => {
    const cases = xmlHostileCorpus(base)
    await mkdir(join(folder, 'hostile'))
    for (const [index, entry] of cases.entries())
      await writeFile(join(folder, 'hostile', `${String(index).padStart(3, '0')}.xlsx`), entry.bytes())

    const { out } = await importFolder('hostile')

    const wrong = cases.flatMap((entry, index) => {
      const file = join(folder, 'hostile', `${String(index).padStart(3, '0')}.xlsx`)
      const line = out.find((candidate) => candidate.includes(` ${file} `) || candidate.endsWith(` ${file}`))
      const code = line?.startsWith('REJECTED ') ? line.slice(`REJECTED ${file} `.length).split(' ')[0] : line
      return code !== undefined && entry.expected.includes(code)
        ? []
        : [`${entry.kind} / ${entry.variant}: ${line ?? '<no line>'}`.slice(0, 300)]
    })
    expect(wrong).toEqual([])
    expect(out.filter((line) => /Error|at .*\.(ts|js|cjs):\d+/.test(line))).toEqual([])
  }, 900_000)

  it('imports every harmless legal variant', async () => {
    await mkdir(join(folder, 'harmless'))
    const cases = harmlessXmlCorpus(base)
    for (const [index, entry] of cases.entries())
      await writeFile(join(folder, 'harmless', `${String(index).padStart(3, '0')}.xlsx`), entry.bytes())

    const { code, out } = await importFolder('harmless')

    expect(code).toBe(0)
    expect(out.filter((line) => !/^(OK|DUPLICATE) /.test(line))).toEqual([])
    expect(out.filter((line) => line.startsWith('OK '))).toHaveLength(1)
    expect(out).toHaveLength(cases.length)
  }, 300_000)
})

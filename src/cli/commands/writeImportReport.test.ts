import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { runCli, type CliIo } from '../runCli'
import { parseWorkerForTests } from '../testing/parseWorkerForTests'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-import-report-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('ictwb import --out', () => {
  it(
    'writes the results report of the imported versions, ranked as the engine ranks them',
    { timeout: 60_000 },
    async () => {
      const framework = loadedBuiltIn('dti-points')
      const sample = generateSample({ framework, year: framework.year, seed: 5, anomalies: false })
      if (!sample.ok) throw new Error('sample')
      for (const { unit, answers } of sample.value.submissions) {
        const written = await writeQuestionnaireWorkbook(framework, {
          unit: { code: unit.code, name: unit.name },
          appVersion: 'test',
          exportedAt: '2026-03-01T08:00:00.000Z',
          content: { answers, comments: {} },
        })
        if (!written.ok) throw new Error('workbook')
        await writeFile(join(folder, `${unit.code}.xlsx`), written.value)
      }
      const out = join(folder, 'ket-qua.xlsx')
      const lines: string[] = []
      const io: CliIo = {
        out: (line) => lines.push(line),
        error: (line) => lines.push(line),
        env: { ICTWB_LANG: 'en', ICTWB_PARSE_WORKER: await parseWorkerForTests() },
      }

      const code = await runCli(['import', folder, '--framework', 'dti-points', '--out', out], io, 'test')

      expect(code).toBe(0)
      expect(lines).toContain(`Wrote ${out}.`)
      const workbook = await readWorkbook(new Uint8Array(await readFile(out)))
      if (!workbook.ok) throw new Error('unreadable report')
      // title, status, rounding note, a blank row and two header rows above the units
      const rows = workbook.value.sheets[0]?.rows.slice(6) ?? []
      const expected = computeAssessment(
        framework,
        sample.value.submissions.map(({ unit, answers }) => ({
          code: unit.code,
          name: unit.name,
          group: '',
          answers,
        })),
      )
      expect(rows).toHaveLength(expected.units.length)
      for (const row of rows) {
        const index = expected.units.findIndex((unit) => unit.code === row[1])
        expect(row[0], String(row[1])).toBe(expected.components[expected.rootCode]?.rank[index])
        expect(row[4], String(row[1])).toBe(expected.components[expected.rootCode]?.score[index])
      }
    },
  )
})

// Issue #15 item 6 through the app's parse path (parseWorkbookFile, as the import workers run it):
// every XML-level hostile file is refused with its specific code in ≤ 10 s and < 1 GB, and every
// harmless legal variant imports with exactly the base file's answers.
import { beforeAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import goldenFramework from '@core/formats/questionnaire/testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from '@core/formats/questionnaire/testing/questionnaireFixtures'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import type { ParsedFile } from './importTypes'
import { parseWorkbookFile } from './parseWorkbookFile'
import type { CorpusBase } from './testing/hostileCorpus'
import { harmlessXmlCorpus, xmlHostileCorpus } from './testing/xmlHostileCorpus'

const loaded = loadFramework(goldenFramework)
if (!loaded.ok) throw new Error('golden framework')
const framework: ValidFramework = loaded.value
let base: CorpusBase
let baseAnswers: unknown

const answersOf = (parsed: ParsedFile): unknown =>
  parsed.status === 'parsed'
    ? parsed.submission.content.answers
    : 'issues' in parsed
      ? parsed.issues
      : parsed.status

beforeAll(async () => {
  const written = await writeQuestionnaireWorkbook(framework, FILLED_OPTIONS)
  if (!written.ok) throw new Error('base not written')
  const read = await readWorkbook(written.value)
  if (!read.ok) throw new Error('base not read')
  base = { bytes: written.value, workbook: read.value, write: () => written.value }
  baseAnswers = answersOf(await parseWorkbookFile({ fileName: 'base.xlsx', bytes: base.bytes }, framework))
}, 60_000)

describe('the XML-level hostile corpus', () => {
  it('has at least 15 kinds, each in at least 3 variants, and the base imports', () => {
    const kinds = new Map<string, number>()
    for (const entry of xmlHostileCorpus(base)) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1)

    expect(kinds.size).toBeGreaterThanOrEqual(15)
    expect([...kinds.entries()].filter(([, count]) => count < 3)).toEqual([])
    expect(baseAnswers).toMatchObject({ MayTinh: 95 })
  })

  it('refuses every file with one of its codes, in at most 10 s and under 1 GB', async () => {
    const wrong: string[] = []
    let peakRss = 0
    for (const entry of xmlHostileCorpus(base)) {
      const bytes = entry.bytes()
      const started = performance.now()
      const parsed = await parseWorkbookFile({ fileName: `${entry.variant}.xlsx`, bytes }, framework)
      const seconds = (performance.now() - started) / 1000
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
      const codes = parsed.status === 'rejected' ? parsed.issues.map((issue) => issue.code) : ['<parsed>']
      if (!codes.some((code) => entry.expected.includes(code)) || seconds > 10)
        wrong.push(`${entry.kind} / ${entry.variant}: ${codes.join(', ')} in ${seconds.toFixed(1)} s`)
    }

    expect(wrong).toEqual([])
    expect(peakRss).toBeLessThan(1024 ** 3)
  }, 600_000)

  it('names the cell and the kind of formula: shared without master, array, data table', async () => {
    const problems = new Map<string, string[]>()
    for (const entry of xmlHostileCorpus(base)) {
      if (!/formulas|x: namespace|single-quoted/.test(entry.kind)) continue
      const parsed = await parseWorkbookFile({ fileName: 'x.xlsx', bytes: entry.bytes() }, framework)
      if (parsed.status !== 'rejected') continue
      for (const issue of parsed.issues)
        if (issue.code === 'invalid-answer')
          problems.set(`${entry.kind} / ${entry.variant}`, [
            ...(problems.get(`${entry.kind} / ${entry.variant}`) ?? []),
            `${issue.cell} ${issue.problem}`,
          ])
    }

    expect(Object.fromEntries(problems)).toEqual({
      'single-quoted attributes / shared formula in the answer': ['D2 formula-shared-without-master'],
      'x: namespace prefixes / formula': ['D2 formula'],
      'x: namespace prefixes / orphan shared formula': ['D2 formula-shared-without-master'],
      'shared formulas without their master / number result': ['D2 formula-shared-without-master'],
      'shared formulas without their master / text result': ['D3 formula-shared-without-master'],
      // The master itself sits in an answer cell of the other sheet.
      'shared formulas without their master / master on another sheet': [
        'D2 formula-shared-without-master',
        'D2 formula',
      ],
      'array formulas / anchored in the answer': ['D2 formula-array', 'D3 formula-array'],
      // D2's row is refused as edited (its locked C2 holds the array formula); D3 holds only a value in the file.
      'array formulas / anchored left of the answers (values only in D2:D3)': ['D3 formula-array'],
      'array formulas / single cell': ['D3 formula-array'],
      'data-table formulas / one-variable table at the answer': [
        'D2 formula-data-table',
        'D3 formula-data-table',
      ],
      'data-table formulas / table left of the answers (values only in D2:D3)': ['D3 formula-data-table'],
      'data-table formulas / two-variable table': ['D2 formula-data-table', 'D3 formula-data-table'],
    })
  }, 120_000)

  it('imports every harmless legal variant with exactly the answers of the base file', async () => {
    const wrong: string[] = []
    for (const entry of harmlessXmlCorpus(base)) {
      const parsed = await parseWorkbookFile({ fileName: 'ok.xlsx', bytes: entry.bytes() }, framework)
      if (JSON.stringify(answersOf(parsed)) !== JSON.stringify(baseAnswers))
        wrong.push(`${entry.kind} / ${entry.variant}: ${JSON.stringify(answersOf(parsed)).slice(0, 300)}`)
    }

    expect(wrong).toEqual([])
    expect(new Set(harmlessXmlCorpus(base).map((entry) => entry.kind)).size).toBeGreaterThanOrEqual(10)
  }, 120_000)
})

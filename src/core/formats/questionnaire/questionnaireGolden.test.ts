// Golden files (house style B6): every questionnaire template version ever shipped stays in
// tests/fixtures/workbooks/questionnaire-template-v*.xlsx and must keep importing with the same
// values. They are written once (WRITE_GOLDEN=1 writes the missing ones) and never rewritten.
// The re-saved variants stand for the workbook after Excel, LibreOffice, Google Sheets or Numbers
// saved it (reliability §5.1 #50).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { normaliseContent } from './normaliseContent'
import { layoutQuestionnaire } from './questionnaireLayout'
import { readQuestionnaire } from './readQuestionnaire'
import { withCell } from './testing/editWorkbook'
import goldenFramework from './testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from './testing/questionnaireFixtures'
import { RESAVE_STYLES, resaveWorkbook, type IsAnswerCell } from './testing/resaveWorkbook'
import { writeQuestionnaireWorkbook } from './writeQuestionnaireWorkbook'

const loaded = loadFramework(goldenFramework)
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
const framework: ValidFramework = loaded.value
const fixture = (name: string) => new URL(`../../../../tests/fixtures/workbooks/${name}`, import.meta.url)
const FILLED_CONTENT = normaliseContent(framework, {
  answers: FILLED_OPTIONS.content?.answers ?? {},
  comments: FILLED_OPTIONS.content?.comments ?? {},
})
const layout = layoutQuestionnaire(framework)
const isAnswerCell: IsAnswerCell = (sheet: Sheet, row: number, column: number) => {
  if (row < 2) return null
  const section = layout.sections.find((candidate) => candidate.sheet === sheet.name)
  if (section !== undefined && column === 4) {
    const entry = section.rows.find((candidate) => candidate.row === row)
    return entry?.kind === 'option' || (entry?.kind === 'question' && entry.question.type === 'yes-no')
      ? 'yes-no'
      : 'answer'
  }
  const table = layout.tables.find((candidate) => candidate.sheet === sheet.name)
  if (table === undefined || column < 2) return null
  return table.question.columns[column - 2]?.type === 'yes-no' ? 'yes-no' : 'answer'
}

async function readBytes(bytes: Uint8Array): Promise<SheetWorkbook> {
  const read = await readWorkbook(bytes)
  if (!read.ok) throw new Error(JSON.stringify(read.error))
  return read.value
}

let filled: SheetWorkbook = { sheets: [] }

beforeAll(async () => {
  const written = await writeQuestionnaireWorkbook(framework, FILLED_OPTIONS)
  if (!written.ok) throw new Error(JSON.stringify(written.error))
  filled = await readBytes(written.value)
  const blank = await writeQuestionnaireWorkbook(framework, {
    unit: null,
    year: 2025,
    appVersion: '0.1.0',
    exportedAt: '2025-03-01T08:00:00.000Z',
  })
  const goldens: Record<string, Uint8Array | null> = {
    'questionnaire-template-v1.xlsx': blank.ok ? blank.value : null,
    'questionnaire-template-v1-filled.xlsx': written.value,
    'questionnaire-template-v1-resaved-google-sheets-like.xlsx': resaveWorkbook(
      filled,
      RESAVE_STYLES['google-sheets-like'] as never,
      isAnswerCell,
    ),
    'questionnaire-template-v1-resaved-typed-by-hand.xlsx': resaveWorkbook(
      filled,
      RESAVE_STYLES['typed-by-hand'] as never,
      isAnswerCell,
    ),
  }
  if (process.env['WRITE_GOLDEN'] !== '1') return
  for (const [name, bytes] of Object.entries(goldens))
    if (bytes !== null && !existsSync(fixture(name))) writeFileSync(fixture(name), bytes)
}, 120_000)

describe('re-saved questionnaire workbooks', () => {
  it.each(Object.keys(RESAVE_STYLES))('import with the same values when saved %s', async (name) => {
    const style = RESAVE_STYLES[name]
    if (style === undefined) throw new Error(name)
    const workbook = await readBytes(resaveWorkbook(filled, style, isAnswerCell))

    const read = readQuestionnaire(workbook, framework)

    expect(read.ok ? [] : read.error).toEqual([])
    expect(read.ok && read.value.content).toEqual(FILLED_CONTENT)
  })
})

describe('committed questionnaire template v1 files', () => {
  it.each([
    'questionnaire-template-v1-filled.xlsx',
    'questionnaire-template-v1-resaved-google-sheets-like.xlsx',
    'questionnaire-template-v1-resaved-typed-by-hand.xlsx',
  ])('%s still imports with its values', async (name) => {
    const workbook = await readBytes(new Uint8Array(readFileSync(fixture(name))))

    const read = readQuestionnaire(workbook, framework, { year: 2025 })

    expect(read.ok ? [] : read.error).toEqual([])
    expect(read.ok && { unit: read.value.unit, content: read.value.content }).toEqual({
      unit: { code: 'SNV', name: 'Sở Nội vụ' },
      content: FILLED_CONTENT,
    })
  })

  it('questionnaire-template-v1.xlsx (blank) imports once the unit typed its code and an answer', async () => {
    const blank = await readBytes(new Uint8Array(readFileSync(fixture('questionnaire-template-v1.xlsx'))))
    const typed = withCell(withCell(blank, 'Hướng dẫn', 'B4', 'STC'), 'HTKT Hạ tầng kỹ thuật', 'D2', 42)

    const read = readQuestionnaire(typed, framework)

    expect(readQuestionnaire(blank, framework).ok).toBe(false)
    expect(read.ok && read.value.unit.code).toBe('STC')
    expect(read.ok && read.value.content.answers).toEqual({ MayTinh: 42 })
  })
})

import { fc, test } from '@fast-check/vitest'
import { beforeAll, expect } from 'vitest'
import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { loadAuthoringWorkbook } from './loadAuthoringWorkbook'
import { readAuthoringWorkbook } from './readAuthoringWorkbook'
import { authoringSheetWorkbook } from './testing/roundTripAuthoringWorkbook'

const cellArbitrary: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'code',
    'key',
    'value',
    'question',
    'indicator',
    'part',
    'steps',
    'có',
    'sum-of-parts',
    'a/b',
    '1:2',
    '[{',
    '_meta',
    'template_version',
  ),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.record({ type: fc.constant('date' as const), iso: fc.constant('2025-01-31') }),
  fc.record({ type: fc.constant('error' as const), code: fc.constant('#N/A') }),
  fc.record({ type: fc.constant('formula' as const), formula: fc.constant('A1'), result: fc.constant(null) }),
)
const sheetName = fc.constantFrom(
  'settings',
  'sections',
  'questions',
  'choices',
  'columns',
  'indicators',
  'components',
  'rules',
  'bands',
  'comparability',
  '_meta',
  'other',
)
const workbookArbitrary: fc.Arbitrary<SheetWorkbook> = fc.record({
  sheets: fc.array(
    fc.record({
      name: sheetName,
      state: fc.constant('visible' as const),
      rows: fc.array(fc.array(cellArbitrary, { maxLength: 8 }), { maxLength: 8 }),
      isProtected: fc.constant(false),
      unlockedCells: fc.constant([]),
      merges: fc.constant([]),
    }),
    { maxLength: 12 },
  ),
})

test.prop([workbookArbitrary])(
  'reads any workbook without throwing, reporting problems as values',
  (workbook) => {
    const read = readAuthoringWorkbook(workbook)

    expect(read.ok || read.error.length > 0).toBe(true)
  },
)

let valid: SheetWorkbook
beforeAll(async () => {
  valid = await authoringSheetWorkbook(aPointsFramework())
})

test.prop([
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.nat({ max: 20 }), cellArbitrary), {
    minLength: 1,
    maxLength: 6,
  }),
])(
  'loads a valid workbook with random cells overwritten without throwing, locating every issue it can',
  (edits) => {
    const sheets = valid.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => [...row]) }))
    for (const [sheetIndex, row, column, value] of edits) {
      const target = sheets[sheetIndex % sheets.length]?.rows[row]
      if (target !== undefined) target[column] = value
    }

    const loaded = loadAuthoringWorkbook({ sheets })

    expect(loaded.ok || loaded.error.every((issue) => typeof issue.code === 'string')).toBe(true)
  },
)

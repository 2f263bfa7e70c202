import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import { loadAuthoringWorkbook } from './loadAuthoringWorkbook'
import { readAuthoringWorkbook } from './readAuthoringWorkbook'
import { cellOf, setCell } from './testing/editSheetWorkbook'
import { authoringSheetWorkbook } from './testing/roundTripAuthoringWorkbook'

/** Every cell of the workbook mapped, as a program re-saving it might do. */
const mapCells = (
  workbook: SheetWorkbook,
  map: (cell: CellValue, sheet: string) => CellValue,
): SheetWorkbook => ({
  sheets: workbook.sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => row.map((cell) => map(cell, sheet.name))),
  })),
})

let framework: ValidFramework
let workbook: SheetWorkbook

beforeAll(async () => {
  const loaded = loadBuiltInFramework('dti-points')
  if (!loaded.ok) throw new Error('dti-points does not load')
  framework = loaded.value
  workbook = await authoringSheetWorkbook(framework)
})

describe('readAuthoringWorkbook on a workbook re-saved by another program', () => {
  it('gives back the framework when every number is stored as text with a decimal comma', () => {
    const resaved = mapCells(workbook, (cell) =>
      typeof cell === 'number' ? String(cell).replace('.', ',') : cell,
    )

    expect(loadAuthoringWorkbook(resaved)).toEqual({ ok: true, value: framework })
  })

  it('gives back the framework when yes/no cells became TRUE/FALSE booleans', () => {
    const resaved = mapCells(workbook, (cell) => (cell === 'có' ? true : cell === 'không' ? false : cell))

    expect(loadAuthoringWorkbook(resaved)).toEqual({ ok: true, value: framework })
  })

  it('gives back the framework when empty cells came back as empty strings', () => {
    const resaved = mapCells(workbook, (cell) => cell ?? '')

    expect(loadAuthoringWorkbook(resaved)).toEqual({ ok: true, value: framework })
  })

  it('reports a code that Excel turned into a date', () => {
    const cell = cellOf(workbook, 'indicators', '1.1', 'parent')

    const read = readAuthoringWorkbook(
      setCell(workbook, 'indicators', cell, { type: 'date', iso: '2001-01-01' }),
    )

    expect(read).toEqual({
      ok: false,
      error: [{ code: 'authoring-not-text', sheet: 'indicators', cell, found: '2001-01-01' }],
    })
  })
})

import { describe, expect, it } from 'vitest'
import { defaultWorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { scanWorksheetPart } from './scanWorksheetPart'

const scan = (xml: string, limits = {}) =>
  scanWorksheetPart(xml, 'S', 'p', { ...defaultWorkbookReadLimits, ...limits })

describe('scanWorksheetPart', () => {
  it('counts cells and the dense grid, with or without r attributes', () => {
    const xml =
      '<sheetData><row r="1"><c r="C1"/><c/></row><row><c/></row><row r="5"/><row r="6"><c r="B6" t="s"><v>4</v></c></row></sheetData>'

    expect(scan(xml)).toEqual({
      issues: [],
      cells: 4,
      gridCells: 4 + 1 + 2,
      highestSharedString: 4,
      malformedSharedString: null,
    })
  })

  it('reports a sheet larger than the limits, by rows, columns or declared dimension', () => {
    expect(scan('<dimension ref="A1:C10"/><sheetData/>', { maxRowsPerSheet: 9 }).issues).toEqual([
      {
        code: 'sheet-too-large',
        part: 'p',
        sheet: 'S',
        rows: 10,
        columns: 3,
        limits: { rows: 9, columns: 2_000 },
      },
    ])
    expect(
      scan('<sheetData><row r="1"><c r="ZZZ1"/></row></sheetData>').issues.map((issue) => issue.code),
    ).toEqual(['sheet-too-large'])
  })

  it('reports merges: too many, too large in total, unreadable or overlapping', () => {
    const merges = (refs: readonly string[]) =>
      `<mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`

    expect(scan(merges(['A1:B1', 'A2:B2', 'A3:B3']), { maxMergesPerSheet: 2 }).issues).toEqual([
      { code: 'too-many-merges', part: 'p', sheet: 'S', count: 3, limit: 2 },
    ])
    expect(scan(merges(['A1:J10', 'A11:J20']), { maxMergedCellsPerSheet: 150 }).issues).toEqual([
      { code: 'merge-area-too-large', part: 'p', sheet: 'S', cells: 200, limit: 150 },
    ])
    expect(scan(merges(['A1:B2', 'B2:C3', 'junk'])).issues).toEqual([
      { code: 'invalid-merge', part: 'p', sheet: 'S', ref: 'B2:C3' },
      { code: 'invalid-merge', part: 'p', sheet: 'S', ref: 'junk' },
    ])
  })
})

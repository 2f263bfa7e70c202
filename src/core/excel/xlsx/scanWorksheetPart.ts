import { cellRangeArea, cellRangesOverlap, type CellRange } from '@core/excel/cellRange'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { findStartTags, parseXmlAttributes } from './xmlAttributes'

/**
 * What one worksheet part holds, as far as the limits care.
 *
 * @example
 *   scanWorksheetPart(xml, 'Data', part, limits).cells // => 1
 */
export type WorksheetScan = {
  readonly issues: readonly WorkbookReadIssue[]
  readonly cells: number
  readonly gridCells: number
  /** The highest shared-string index a cell refers to, `-1` if none. */
  readonly highestSharedString: number
  /** The first shared-string reference that is not an index at all (negative, fractional, text): its value, `-1` when not even a number; `null` if none. */
  readonly malformedSharedString: number | null
}

const ROW_OR_CELL = /<(row|c|\/row)(?=[\s/>])([^>]*)>/g
// No digit or letter caps: a reference past Excel's grid (row 4294967295, column AAAAA) must be
// read as the huge number it is and reported as too large, not mistaken for "no reference".
const REFERENCE = /^\$?([A-Z]+)\$?([0-9]+)$/
const R_ATTRIBUTE = /(?:^|\s)r\s*=\s*"([^"]*)"/
const SHARED_STRING_CELL = /<c\s[^>]*\bt\s*=\s*"s"[^>]*>\s*<v>([^<]*)<\/v>/g

/** Row and column of an A1 reference without Excel's grid limits, so absurd ones can be reported; `null` for anything else, row 0 included. */
function readReference(text: string): { readonly row: number; readonly column: number } | null {
  const match = REFERENCE.exec(text.trim().toUpperCase())
  if (match === null) return null
  let column = 0
  for (const letter of match[1] ?? '')
    column = Math.min(Number.MAX_SAFE_INTEGER, column * 26 + letter.charCodeAt(0) - 64)
  const row = Number(match[2])
  return row >= 1 ? { row, column } : null
}

function readRange(text: string): CellRange | null {
  const [first, second = first, extra] = text.split(':')
  const a = readReference(first ?? '')
  const b = readReference(second ?? '')
  if (a === null || b === null || extra !== undefined) return null
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  }
}

/**
 * Measures a worksheet part before exceljs loads it, with a tokenizer that only looks at `<row>`,
 * `<c>`, `<dimension>` and `<mergeCell>` tags: rows and columns used (also as declared by
 * `<dimension>`), `<row>` elements, stored cells, the dense-grid size, and merges (count, total
 * area, validity and overlaps: exceljs loads merges in quadratic time and allocates every merged cell),
 * and the highest shared-string index used (an index past the end crashes exceljs).
 *
 * @example
 *   scanWorksheetPart('<sheetData><row r="1"><c r="B1"/></row></sheetData>', 'Data', 'xl/worksheets/sheet1.xml', defaultWorkbookReadLimits)
 *   // => { issues: [], cells: 1, gridCells: 2, highestSharedString: -1, malformedSharedString: null }
 */
export function scanWorksheetPart(
  xml: string,
  sheet: string,
  part: string,
  limits: WorkbookReadLimits,
): WorksheetScan {
  const issues: WorkbookReadIssue[] = []
  const extent = { rows: 0, columns: 0 }
  const dimension = [...findStartTags(xml, 'dimension')].map((tag) =>
    readRange(parseXmlAttributes(tag).get('ref') ?? ''),
  )[0]
  if (dimension) Object.assign(extent, { rows: dimension.bottom, columns: dimension.right })

  let [rowElements, row, column, rowWidth, cells, gridCells] = [0, 0, 0, 0, 0, 0]
  let invalidReference: string | null = null
  for (const match of xml.matchAll(ROW_OR_CELL)) {
    const [, tag, attributes = ''] = match
    if (tag === 'row') {
      gridCells += rowWidth
      rowElements += 1
      const r = R_ATTRIBUTE.exec(attributes)?.[1]
      if (r !== undefined && !/^\s*[0-9]+\s*$/.test(r)) invalidReference ??= r
      row = r !== undefined && /^\s*[0-9]+\s*$/.test(r) ? Number(r) : row + 1
      if (row < 1) invalidReference ??= r ?? ''
      ;[column, rowWidth] = [0, 0]
      extent.rows = Math.max(extent.rows, row)
    } else if (tag === 'c') {
      cells += 1
      const r = R_ATTRIBUTE.exec(attributes)?.[1]
      const reference = r === undefined ? null : readReference(r)
      if (r !== undefined && reference === null) invalidReference ??= r
      column = reference?.column ?? column + 1
      rowWidth = Math.max(rowWidth, column)
      extent.columns = Math.max(extent.columns, column)
      extent.rows = Math.max(extent.rows, reference?.row ?? row)
    } else {
      gridCells += rowWidth
      rowWidth = 0
    }
  }
  gridCells += rowWidth
  const rows = Math.max(extent.rows, rowElements)
  if (rows > limits.maxRowsPerSheet || extent.columns > limits.maxColumnsPerSheet) {
    issues.push({
      code: 'sheet-too-large',
      part,
      sheet,
      rows,
      columns: extent.columns,
      limits: { rows: limits.maxRowsPerSheet, columns: limits.maxColumnsPerSheet },
    })
  }
  // exceljs takes a row or cell reference as it comes (parseInt of "-3", "1e9", "A0"): refuse the sheet instead.
  if (invalidReference !== null)
    issues.push({ code: 'invalid-cell-reference', part, sheet, ref: invalidReference.slice(0, 40) })
  issues.push(...scanMerges(xml, sheet, part, limits))
  let highestSharedString = -1
  let malformedSharedString: number | null = null
  for (const match of xml.matchAll(SHARED_STRING_CELL)) {
    const text = (match[1] ?? '').trim()
    // exceljs looks "-1", "1.5" or "abc" up in its string table and crashes: refuse them here.
    if (/^[0-9]+$/.test(text)) highestSharedString = Math.max(highestSharedString, Number(text))
    else malformedSharedString ??= Number.isInteger(Number(text)) && text !== '' ? Number(text) : -1
  }
  return { issues, cells, gridCells, highestSharedString, malformedSharedString }
}

function scanMerges(
  xml: string,
  sheet: string,
  part: string,
  limits: WorkbookReadLimits,
): WorkbookReadIssue[] {
  const refs = [...findStartTags(xml, 'mergeCell')].map((tag) => parseXmlAttributes(tag).get('ref') ?? '')
  if (refs.length > limits.maxMergesPerSheet)
    return [{ code: 'too-many-merges', part, sheet, count: refs.length, limit: limits.maxMergesPerSheet }]
  const issues: WorkbookReadIssue[] = []
  const ranges: CellRange[] = []
  let area = 0
  for (const ref of refs) {
    const range = readRange(ref)
    if (range === null || ranges.some((other) => cellRangesOverlap(other, range))) {
      issues.push({ code: 'invalid-merge', part, sheet, ref })
      continue
    }
    ranges.push(range)
    area += cellRangeArea(range)
  }
  if (area > limits.maxMergedCellsPerSheet)
    issues.push({
      code: 'merge-area-too-large',
      part,
      sheet,
      cells: area,
      limit: limits.maxMergedCellsPerSheet,
    })
  return issues
}

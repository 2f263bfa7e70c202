import { formatCellAddress } from '@core/excel/cellAddress'
import { cellRangeArea, cellRangesOverlap, formatCellRange, type CellRange } from '@core/excel/cellRange'
import { restoreNeutralisedText } from '@core/excel/neutraliseFormulaText'
import type { CellValue, FormulaKind, FormulaResult, Sheet } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { err, ok, type Result } from '@core/result'
import type { CellStyles } from './readCellStyles'
import type { WorkbookSheet } from './readWorkbookPart'
import { decodeExcelEscapes } from './decodeExcelEscapes'
import { attributeOf, isSpreadsheetNamespace, parseXmlPart, StopXmlPart, type XmlTag } from './parseXmlPart'
import { isoCellValue, serialCellValue } from './serialCellValue'
import { slideFormula } from './slideFormula'

/**
 * What the worksheets read so far have used of the workbook-wide limits; `readWorksheetPart`
 * adds to it.
 *
 * @example
 *   const budget: WorkbookBudget = { cells: 0, gridCells: 0 }
 */
export type WorkbookBudget = { cells: number; gridCells: number }

/**
 * Everything a worksheet's cells refer to: the shared strings, the cell styles, the date system.
 *
 * @example
 *   const context: WorksheetContext = { sharedStrings: [], styles: { isDate: [], isUnlocked: [] }, date1904: false, limits, budget }
 */
export type WorksheetContext = {
  readonly sharedStrings: readonly string[]
  readonly styles: CellStyles
  readonly date1904: boolean
  readonly limits: WorkbookReadLimits
  readonly budget: WorkbookBudget
}

/** Elements whose children are cell content: anything in another namespace there is refused. */
const CELL_CONTAINERS: ReadonlySet<string> = new Set(['sheetData', 'row', 'c', 'is', 'r'])

type Position = { readonly row: number; readonly column: number }
type PendingClone = Position & { readonly si: string; readonly result: FormulaResult }
type Formula = { kind: string; ref: string | undefined; si: string | undefined; pieces: string[] }
type OpenCell = {
  readonly position: Position
  readonly type: string
  readonly style: number
  value: string[] | null
  inline: string[] | null
  formula: Formula | null
}

/**
 * Reads one worksheet part into the neutral `Sheet` with one pass of the tokenizer: cells
 * (shared, inline and rich-text strings, numbers, booleans, errors, dates as serials in a date
 * style or as ISO text), formulas with their cached results (shared-formula clones get their
 * master's text moved to their position; a clone without a master, and every cell of an array
 * formula or data table, is a formula of that `kind`), merges, protection and unlocked cells.
 * Only elements of the SpreadsheetML namespace in their place count (`<x:c>` as much as `<c>`);
 * anything in another namespace (extensions, markup compatibility) is skipped whole.
 *
 * Limits apply to what the tokenizer reads, as it reads it: rows and columns (`sheet-too-large`,
 * stopping at once), cells and the dense grid (workbook-wide, in `context.budget`), text length,
 * merges (count, area, validity, overlaps). `<dimension>` and `<cols>` are not trusted or used.
 *
 * @example
 *   readWorksheetPart(bytes, { name: 'Data', state: 'visible', part: 'xl/worksheets/sheet1.xml' }, context)
 *   // => ok({ name: 'Data', rows: [['Mã', 3]], … })
 */
export function readWorksheetPart(
  data: Uint8Array,
  sheet: WorkbookSheet,
  context: WorksheetContext,
): Result<Sheet, readonly WorkbookReadIssue[]> {
  const { limits, budget, sharedStrings, styles } = context
  const { part, name } = sheet
  const grid: CellValue[][] = []
  const unlocked: Position[] = []
  const issues: WorkbookReadIssue[] = []
  const mergeRefs: string[] = []
  const masters = new Map<string, Position & { readonly text: string }>()
  const clones: PendingClone[] = []
  const ranges: { readonly range: CellRange; readonly anchor: Position; readonly kind: FormulaKind }[] = []
  const path: string[] = []
  let foreignDepth = 0
  let isProtected = false
  let [rowElements, row, column, rowWidth, highestRow, highestColumn] = [0, 0, 0, 0, 0, 0]
  const invalid: { reference: string | null } = { reference: null }
  let cell: OpenCell | null = null
  let textTarget: string[] | null = null
  let textLength = 0

  const tooLarge = (): StopXmlPart =>
    new StopXmlPart([
      {
        code: 'sheet-too-large',
        part,
        sheet: name,
        rows: Math.max(highestRow, rowElements),
        columns: highestColumn,
        limits: { rows: limits.maxRowsPerSheet, columns: limits.maxColumnsPerSheet },
      },
    ])
  const closeRow = (): void => {
    budget.gridCells += rowWidth
    rowWidth = 0
    if (budget.gridCells > limits.maxGridCells)
      throw new StopXmlPart([{ code: 'grid-too-large', count: budget.gridCells, limit: limits.maxGridCells }])
  }

  const open = (tag: XmlTag): void => {
    const parent = path[path.length - 1]
    const local = tag.local
    if (parent === 'sheetData' && local === 'row') {
      closeRow()
      rowElements += 1
      const r = attributeOf(tag, 'r')
      const isNumber = r !== undefined && isRowNumber(r)
      if (r !== undefined && !isNumber) invalid.reference ??= r
      row = isNumber ? Number(r) : row + 1
      if (row < 1) invalid.reference ??= r ?? ''
      column = 0
      highestRow = Math.max(highestRow, row)
      if (highestRow > limits.maxRowsPerSheet || rowElements > limits.maxRowsPerSheet) throw tooLarge()
    } else if (parent === 'row' && local === 'c') {
      budget.cells += 1
      if (budget.cells > limits.maxCells)
        throw new StopXmlPart([{ code: 'too-many-cells', count: budget.cells, limit: limits.maxCells }])
      const r = attributeOf(tag, 'r')
      const reference = r === undefined ? null : readReference(r)
      if (r !== undefined && reference === null) invalid.reference ??= r
      column = reference?.column ?? column + 1
      const cellRow = reference?.row ?? Math.max(row, 1)
      rowWidth = Math.max(rowWidth, column)
      highestColumn = Math.max(highestColumn, column)
      highestRow = Math.max(highestRow, cellRow)
      if (highestColumn > limits.maxColumnsPerSheet || highestRow > limits.maxRowsPerSheet) throw tooLarge()
      const s = attributeOf(tag, 's')
      cell = {
        position: { row: cellRow, column },
        type: (attributeOf(tag, 't') ?? 'n').trim(),
        style: s === undefined ? -1 : Number(s),
        value: null,
        inline: null,
        formula: null,
      }
    } else if (cell !== null && parent === 'c') {
      if (local === 'v') textTarget = cell.value = []
      else if (local === 'f') {
        cell.formula = {
          kind: attributeOf(tag, 't') ?? 'normal',
          ref: attributeOf(tag, 'ref'),
          si: attributeOf(tag, 'si'),
          pieces: [],
        }
        textTarget = cell.formula.pieces
      } else if (local === 'is') cell.inline = []
    } else if (cell !== null && local === 't' && cell.inline !== null) {
      if (parent === 'is' || (parent === 'r' && path[path.length - 2] === 'is')) textTarget = cell.inline
    } else if (parent === 'mergeCells' && local === 'mergeCell') {
      mergeRefs.push(attributeOf(tag, 'ref') ?? '')
      if (mergeRefs.length > limits.maxMergesPerSheet)
        throw new StopXmlPart([
          {
            code: 'too-many-merges',
            part,
            sheet: name,
            count: mergeRefs.length,
            limit: limits.maxMergesPerSheet,
          },
        ])
    } else if (parent === 'worksheet' && local === 'sheetProtection') {
      const value = attributeOf(tag, 'sheet')
      isProtected = value === '1' || value === 'true'
    }
    textLength = 0
  }

  const finishCell = (done: OpenCell): void => {
    const { position } = done
    if (done.style >= 0 && styles.isUnlocked[done.style] === true) unlocked.push(position)
    const value = cellValue(done)
    if (value !== null) (grid[position.row - 1] ??= [])[position.column - 1] = value
    else delete grid[position.row - 1]?.[position.column - 1]
  }

  const cellValue = (done: OpenCell): CellValue => {
    const isDate = done.style >= 0 && styles.isDate[done.style] === true
    const valueText = done.value === null ? null : done.value.join('')
    if (done.formula !== null) {
      const formula = done.formula
      const result = resultOf(done.type, valueText, isDate, context.date1904)
      const text = formula.pieces.join('')
      if (formula.kind === 'shared' && formula.si !== undefined) {
        if (formula.ref === undefined || text === '') {
          clones.push({ ...done.position, si: formula.si, result })
          return null
        }
        masters.set(formula.si, { ...done.position, text })
      }
      if ((formula.kind === 'array' || formula.kind === 'dataTable') && formula.ref !== undefined) {
        const range = readRange(formula.ref)
        const kind = formula.kind === 'array' ? 'array' : 'data-table'
        if (range !== null) ranges.push({ range, anchor: done.position, kind })
      }
      const kind: FormulaKind | undefined =
        formula.kind === 'array' ? 'array' : formula.kind === 'dataTable' ? 'data-table' : undefined
      return { type: 'formula', formula: text, result, ...(kind === undefined ? {} : { kind }) }
    }
    if (done.type === 'inlineStr') {
      // Some writers put an inline string's text in <v>; it is still that text.
      const inline = done.inline === null ? valueText : done.inline.join('')
      return inline === null ? null : restoreNeutralisedText(decodeExcelEscapes(inline))
    }
    if (valueText === null || (valueText === '' && done.type !== 's')) return null
    switch (done.type) {
      case 's': {
        const index = isDigits(valueText) ? valueText : valueText.trim()
        const text = isDigits(index) ? sharedStrings[Number(index)] : undefined
        if (text === undefined) {
          if (!issues.some((issue) => issue.code === 'invalid-shared-string-reference'))
            issues.push({
              code: 'invalid-shared-string-reference',
              part,
              sheet: name,
              index: Number.isInteger(Number(index)) && index !== '' ? Number(index) : -1,
              count: sharedStrings.length,
            })
          return null
        }
        return restoreNeutralisedText(text)
      }
      case 'str':
        return restoreNeutralisedText(decodeExcelEscapes(valueText))
      default:
        return resultOf(done.type, valueText, isDate, context.date1904)
    }
  }

  const read = parseXmlPart(data, part, limits.maxXmlDepth, {
    open: (tag) => {
      if (foreignDepth > 0 || !isSpreadsheetNamespace(tag.uri)) {
        // Extensions live beside the cells, never inside them: a cell Excel would not see is refused, not skipped.
        if (foreignDepth === 0 && CELL_CONTAINERS.has(path[path.length - 1] ?? ''))
          throw new StopXmlPart([
            {
              code: 'unreadable-workbook',
              message: `${part}: element “${tag.local}” of namespace “${tag.uri}” inside the cells`.slice(
                0,
                300,
              ),
            },
          ])
        foreignDepth += 1
        return
      }
      if (path.length === 0 && tag.local !== 'worksheet') foreignDepth += 1
      else {
        open(tag)
        path.push(tag.local)
      }
    },
    close: (tag) => {
      if (foreignDepth > 0) {
        foreignDepth -= 1
        return
      }
      path.pop()
      textTarget = null
      if (tag.local === 'c' && cell !== null) {
        finishCell(cell)
        cell = null
      } else if (tag.local === 'sheetData') closeRow()
    },
    text: (text) => {
      if (textTarget === null) return
      textLength += text.length
      if (textLength > limits.maxTextLength)
        throw new StopXmlPart([
          { code: 'text-too-long', part, length: textLength, limit: limits.maxTextLength },
        ])
      textTarget.push(text)
    },
  })
  if (!read.ok) return read
  // A row or cell reference that is not one ("-3", "1e9", "A0") makes every position after it a guess.
  if (invalid.reference !== null)
    issues.push({ code: 'invalid-cell-reference', part, sheet: name, ref: invalid.reference.slice(0, 40) })

  for (const clone of clones) {
    const master = masters.get(clone.si)
    const formula = master === undefined ? '' : slideFormula(master.text, master, clone)
    ;(grid[clone.row - 1] ??= [])[clone.column - 1] = {
      type: 'formula',
      formula,
      result: clone.result,
      ...(master === undefined ? { kind: 'shared-without-master' as const } : {}),
    }
  }
  const marked = markRanges(grid, ranges, limits.maxGridCells)
  if (!marked)
    issues.push({ code: 'grid-too-large', count: limits.maxGridCells + 1, limit: limits.maxGridCells })
  const merges = readMerges(mergeRefs, part, name, limits, issues)
  if (issues.length > 0) return err(issues)

  // The merged area is within maxMergedCellsPerSheet here, so listing every follower is bounded.
  const followers = new Set<string>()
  for (const range of merges)
    for (let r = range.top; r <= range.bottom; r += 1)
      for (let c = range.left; c <= range.right; c += 1)
        if (r !== range.top || c !== range.left) {
          followers.add(`${r}:${c}`)
          const values = grid[r - 1]
          if (values !== undefined && c <= values.length) delete values[c - 1]
        }
  return ok({
    name,
    state: sheet.state,
    rows: denseRows(grid),
    isProtected,
    unlockedCells: unlocked
      .filter((position) => !followers.has(`${position.row}:${position.column}`))
      .map(formatCellAddress),
    merges: merges.map((range) => formatCellRange(range)),
  })
}

/** The cached result (or the value of a plain cell) of a `<v>` text by the cell's `t`. */
function resultOf(type: string, text: string | null, isDate: boolean, date1904: boolean): FormulaResult {
  if (text === null || text === '') return null
  switch (type) {
    case 'str':
    case 'inlineStr':
    case 's':
      return text
    case 'b': {
      // As Excel: any number but 0 is TRUE.
      const trimmed = text.trim()
      return trimmed === 'true' || (trimmed !== 'false' && Number(trimmed) !== 0)
    }
    case 'e':
      return { type: 'error', code: text.trim() }
    case 'd':
      return text.trim() === '' ? null : isoCellValue(text)
    default: {
      if (text.trim() === '') return null
      const number = Number(text)
      if (!Number.isFinite(number)) return { type: 'error', code: '#NUM!' }
      return isDate ? serialCellValue(number, date1904) : number + 0
    }
  }
}

/** Marks the other cells of array-formula and data-table ranges as formulas of that kind (their file holds only values). `false` when the ranges cover more than the grid budget. */
function markRanges(
  grid: CellValue[][],
  ranges: readonly { readonly range: CellRange; readonly anchor: Position; readonly kind: FormulaKind }[],
  budget: number,
): boolean {
  let visited = 0
  for (const { range, anchor, kind } of ranges)
    for (let r = range.top; r <= Math.min(range.bottom, grid.length); r += 1) {
      const values = grid[r - 1]
      if (values === undefined) continue
      for (let c = range.left; c <= Math.min(range.right, values.length); c += 1) {
        visited += 1
        if (visited > budget) return false
        if (r === anchor.row && c === anchor.column) continue
        const value = values[c - 1]
        if (value === undefined || value === null) continue
        if (typeof value === 'object' && value.type === 'formula') continue
        values[c - 1] = { type: 'formula', formula: '', result: value, kind }
      }
    }
  return true
}

function readMerges(
  refs: readonly string[],
  part: string,
  sheet: string,
  limits: WorkbookReadLimits,
  issues: WorkbookReadIssue[],
): readonly CellRange[] {
  const ranges: CellRange[] = []
  let area = 0
  for (const ref of refs) {
    const range = readRange(ref)
    if (range === null || ranges.some((other) => cellRangesOverlap(other, range))) {
      issues.push({ code: 'invalid-merge', part, sheet, ref: ref.slice(0, 40) })
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
  return ranges
}

function denseRows(grid: readonly CellValue[][]): CellValue[][] {
  const rows: CellValue[][] = []
  for (let index = 0; index < grid.length; index += 1) {
    const values = grid[index]
    let last = -1
    if (values !== undefined)
      for (let c = values.length - 1; c >= 0 && last < 0; c -= 1) if (c in values) last = c
    const row: CellValue[] = []
    if (values !== undefined) for (let c = 0; c <= last; c += 1) row.push(values[c] ?? null)
    rows.push(row)
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop()
  return rows
}

// No digit or letter caps: a reference past Excel's grid (row 4294967295, column AAAAA) must be
// read as the huge number it is and reported as too large, not mistaken for "no reference".
const REFERENCE = /^\$?([A-Za-z]+)\$?([0-9]+)$/

/** Row and column of an A1 reference without Excel's grid limits, so absurd ones can be reported; `null` for anything else, row 0 included. */
function readReference(text: string): Position | null {
  // What writers put there (`B12`): read without a pattern; anything else (`$b$12`, spaces) by it.
  const plain = readPlainReference(text)
  if (plain !== undefined) return plain
  const match = REFERENCE.exec(text.trim())
  if (match === null) return null
  let column = 0
  for (const letter of (match[1] ?? '').toUpperCase())
    column = Math.min(Number.MAX_SAFE_INTEGER, column * 26 + letter.charCodeAt(0) - 64)
  const row = Number(match[2])
  return row >= 1 ? { row, column } : null
}

/**
 * `readReference` of a reference made only of capital letters then digits, without the pattern
 * (the same result); `undefined` for any other text, left to the pattern.
 */
function readPlainReference(text: string): Position | null | undefined {
  let index = 0
  let column = 0
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x41 || code > 0x5a) break
    column = Math.min(Number.MAX_SAFE_INTEGER, column * 26 + code - 64)
  }
  if (index === 0 || index === text.length || index > 3 || text.length - index > 9) return undefined
  let row = 0
  for (let digit = index; digit < text.length; digit += 1) {
    const code = text.charCodeAt(digit)
    if (code < 0x30 || code > 0x39) return undefined
    row = row * 10 + code - 0x30
  }
  return row >= 1 ? { row, column } : null
}

/** Whether `text` is one or more ASCII digits and nothing else. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/** A row's `r`: digits, with white space around them allowed (as `Number` reads it). */
function isRowNumber(text: string): boolean {
  return isDigits(text) || /^\s*[0-9]+\s*$/.test(text)
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

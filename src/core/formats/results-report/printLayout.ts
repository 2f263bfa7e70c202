import { parseCellRange, type CellRange } from '@core/excel/cellRange'
import { estimateRowHeight } from '@core/excel/estimateRowHeight'
import type { PageSetupSpec, RowHeightSpec, SheetSpec, SpecCell } from '@core/excel/workbookSpec'

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43
/** Pixels per width character in Times New Roman 12 (its digits are half an em, 8 px at 96 dpi), plus cell padding. */
const PIXELS_PER_CHARACTER = 8
const COLUMN_PADDING_PIXELS = 5
const MILLIMETRES_PER_PIXEL = 25.4 / 96
const A4 = { short: 210, long: 297 } as const
/** The height of a one-line row of 12-point text. */
const DEFAULT_ROW_POINTS = 15.75

/**
 * Margins in millimetres for a report that is bound on the left (Nghị định 30/2020/NĐ-CP spaces
 * official documents 30–35 mm on the bound side, 15–20 mm elsewhere). A landscape page is bound
 * along its top edge, so the wide margin moves there.
 */
export const PRINT_MARGINS = {
  portrait: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  landscape: { top: 30, bottom: 15, left: 20, right: 20, header: 18, footer: 8 },
} as const satisfies Record<PageSetupSpec['orientation'], PageSetupSpec['margins']>

/** The width a page prints, between its margins, in millimetres. */
export const PRINT_WIDTH = {
  portrait: A4.short - PRINT_MARGINS.portrait.left - PRINT_MARGINS.portrait.right,
  landscape: A4.long - PRINT_MARGINS.landscape.left - PRINT_MARGINS.landscape.right,
} as const

/**
 * The smallest scale a table with frozen columns is shrunk to so that it prints one page wide; a
 * wider one (the raw answers, one column per question) prints on several pages wide instead, its
 * frozen columns (code and name) repeated on each. Tables without frozen columns always fit one page wide.
 */
export const MIN_PRINT_SCALE = 0.5

/**
 * The printed width of a sheet's content in millimetres at 100%: its columns (as far as any row
 * reaches) and its pictures.
 *
 * @example
 *   contentWidth({ name: 'S', columns: [{ width: 10 }], rows: [['a']] }) // => 22.5…
 */
export function contentWidth(sheet: SheetSpec): number {
  const used = Math.max(0, ...sheet.rows.map((row) => row.length))
  const columnPixels = (index: number) =>
    (sheet.columns?.[index]?.width ?? DEFAULT_WIDTH) * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS
  let pixels = 0
  for (let index = 0; index < used; index += 1) pixels += columnPixels(index)
  for (const image of sheet.images ?? []) {
    let left = 0
    for (let index = 0; index < image.column; index += 1) left += columnPixels(index)
    pixels = Math.max(pixels, left + image.width)
  }
  return pixels * MILLIMETRES_PER_PIXEL
}

/**
 * A report sheet made ready to print on A4: portrait when its content fits the portrait width,
 * else landscape; one page wide (unless that would shrink it below `MIN_PRINT_SCALE`); its header rows (the rows holding header cells) repeated on every
 * page; the assessment's name and year in the page header and "Trang n/N" in the footer; and
 * every row that holds wrapped text (headers, long unit names) tall enough to show all of it.
 *
 * @example
 *   withPrintLayout(summary, { header: 'Bộ chỉ số … — năm 2026', page: ['Trang ', …] }).page?.orientation // => 'landscape'
 */
export function withPrintLayout(
  sheet: SheetSpec,
  texts: { readonly header: string; readonly footer: NonNullable<PageSetupSpec['footer']> },
): SheetSpec {
  const width = contentWidth(sheet)
  const orientation = width > PRINT_WIDTH.portrait ? 'landscape' : 'portrait'
  const titles = headerRows(sheet.rows)
  const frozen = sheet.freeze?.columns ?? 0
  const titleWidth = contentWidth({
    ...sheet,
    rows: [Array.from({ length: frozen }, () => null)],
    images: [],
  })
  const widest = PRINT_WIDTH[orientation] / MIN_PRINT_SCALE
  const pagesWide =
    frozen === 0 || width <= widest || titleWidth >= widest / 2
      ? 1
      : Math.ceil((width - titleWidth) / (widest - titleWidth))
  const page: PageSetupSpec = {
    orientation,
    fitToWidth: pagesWide,
    margins: PRINT_MARGINS[orientation],
    ...(titles === null ? {} : { printTitleRows: titles }),
    ...(pagesWide > 1 && frozen > 0 ? { printTitleColumns: { first: 1, last: frozen } } : {}),
    header: { center: [texts.header] },
    footer: texts.footer,
  }
  const wrapped = { ...sheet, rows: wrapColumnCells(sheet) }
  return { ...wrapped, page, rowHeights: wrappedRowHeights(wrapped) }
}

/**
 * The rows with every text cell of a wrapped column (`ColumnSpec.style.wrap`) wrapped itself: a
 * column's style reaches only cells typed later, so long unit names would otherwise be cut.
 */
function wrapColumnCells(sheet: SheetSpec): SpecCell[][] {
  const wraps = (sheet.columns ?? []).map((column) => column.style?.wrap === true)
  return sheet.rows.map((row) =>
    row.map((cell, index): SpecCell => {
      if (!wraps[index] || textOf(cell) === '') return cell
      const style = styleOf(cell)
      return { value: textOf(cell), style: { ...style, wrap: true } }
    }),
  )
}

/** The first block of consecutive rows holding a header cell, 1-based. */
function headerRows(rows: SheetSpec['rows']): { readonly first: number; readonly last: number } | null {
  const isHeader = (row: readonly SpecCell[] | undefined) =>
    (row ?? []).some((cell) => styleOf(cell)?.header === true)
  const first = rows.findIndex(isHeader)
  if (first === -1) return null
  let last = first
  while (isHeader(rows[last + 1])) last += 1
  return { first: first + 1, last: last + 1 }
}

const styleOf = (cell: SpecCell) =>
  cell !== null && typeof cell === 'object' && 'value' in cell && !('type' in cell) ? cell.style : undefined
const textOf = (cell: SpecCell): string => {
  const value =
    cell !== null && typeof cell === 'object' && 'value' in cell && !('type' in cell) ? cell.value : cell
  return typeof value === 'string' ? value : ''
}

/**
 * Heights for the rows whose wrapped cells (header cells, cells with `wrap`) need more than one
 * line; a cell merged across columns wraps in their total width; a cell merged down several rows
 * makes its first row taller when the rows together are too short for it.
 */
function wrappedRowHeights(sheet: SheetSpec): RowHeightSpec[] {
  const merges = (sheet.merges ?? [])
    .map((text) => parseCellRange(text))
    .filter((range): range is CellRange => range !== null)
  const widthOf = (column: number) => sheet.columns?.[column - 1]?.width ?? DEFAULT_WIDTH
  const heights = new Map<number, number>()
  sheet.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 1
    const texts: string[] = []
    const widths: number[] = []
    let bold = false
    row.forEach((cell, columnIndex) => {
      const column = columnIndex + 1
      const style = styleOf(cell)
      const wraps = style?.header === true || style?.wrap === true
      const text = textOf(cell)
      if (!wraps || text === '') return
      const merge = merges.find(
        (range) =>
          range.top <= rowNumber &&
          rowNumber <= range.bottom &&
          range.left <= column &&
          column <= range.right,
      )
      if (
        merge !== undefined &&
        (merge.top !== merge.bottom || merge.left !== column || merge.top !== rowNumber)
      )
        return
      let width = 0
      for (let at = column; at <= (merge?.right ?? column); at += 1) width += widthOf(at)
      texts.push(text)
      widths.push(width)
      bold ||= style?.header === true || style?.bold === true
    })
    const height = estimateRowHeight(texts, widths, { bold })
    if (height !== null) heights.set(rowNumber, height)
  })
  // a text merged down several rows: the first row takes what the others lack
  for (const merge of merges.filter((range) => range.bottom > range.top)) {
    const cell = sheet.rows[merge.top - 1]?.[merge.left - 1]
    if (cell === undefined || textOf(cell) === '') continue
    let width = 0
    for (let at = merge.left; at <= merge.right; at += 1) width += widthOf(at)
    const needed = estimateRowHeight([textOf(cell)], [width], { bold: styleOf(cell)?.header === true })
    if (needed === null) continue
    let available = 0
    for (let row = merge.top; row <= merge.bottom; row += 1)
      available += heights.get(row) ?? DEFAULT_ROW_POINTS
    if (needed > available)
      heights.set(merge.top, (heights.get(merge.top) ?? DEFAULT_ROW_POINTS) + needed - available)
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }))
}

import { MAX_EXCEL_COLUMNS, MAX_EXCEL_ROWS, columnLetters } from './cellAddress'
import type { HeaderFooterPart, HeaderFooterSpec, PageSetupSpec, RowHeightSpec } from './workbookSpec'
import type { WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * A sheet's page setup in the terms xlsx uses: A4 (paper size 9), margins in inches, the rows
 * repeated on every page as `first:last`, header and footer as Excel's `&L…&C…&R…` codes.
 *
 * @example
 *   const page: PreparedPage = { orientation: 'portrait', fitToWidth: 1, margins: null, printTitleRows: '5:5', printTitleColumns: null, header: '&CKết quả', footer: '&CTrang &P/&N' }
 */
export type PreparedPage = {
  readonly orientation: 'portrait' | 'landscape'
  readonly fitToWidth: number
  readonly margins: {
    readonly top: number
    readonly bottom: number
    readonly left: number
    readonly right: number
    readonly header: number
    readonly footer: number
  } | null
  readonly printTitleRows: string | null
  /** `A:B`, or `null`. */
  readonly printTitleColumns: string | null
  readonly header: string | null
  readonly footer: string | null
}

/** Excel's limit on a header or footer, codes included. */
export const MAX_HEADER_FOOTER_LENGTH = 255
const MILLIMETRES_PER_INCH = 25.4
const MAX_MARGIN_MILLIMETRES = 200
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409

/**
 * Checks a sheet's page setup and row heights and puts them in xlsx terms, or returns every problem.
 *
 * @example
 *   preparePageSetup('Tổng hợp', { orientation: 'landscape', footer: { center: ['Trang ', { field: 'page' }] } }, [])
 *   // => { page: { orientation: 'landscape', fitToWidth: 1, …, footer: '&CTrang &P' }, rowHeights: [], issues: [] }
 */
export function preparePageSetup(
  sheet: string,
  spec: PageSetupSpec | undefined,
  rowHeights: readonly RowHeightSpec[],
): {
  readonly page: PreparedPage | null
  readonly rowHeights: readonly RowHeightSpec[]
  readonly issues: readonly WorkbookWriteIssue[]
} {
  const issues: WorkbookWriteIssue[] = []
  const fail = (field: Extract<WorkbookWriteIssue, { code: 'invalid-page-setup' }>['field']) =>
    issues.push({ code: 'invalid-page-setup', sheet, field })
  if (
    rowHeights.some(
      (entry) =>
        !isWhole(entry.row, 1, MAX_EXCEL_ROWS) ||
        !(Number.isFinite(entry.height) && entry.height > 0 && entry.height <= MAX_ROW_HEIGHT),
    )
  )
    fail('row-height')
  if (spec === undefined) return { page: null, rowHeights, issues }
  const fitToWidth = spec.fitToWidth ?? 1
  if (!isWhole(fitToWidth, 1, 255)) fail('fit-to-width')
  const margins = spec.margins
  if (
    margins !== undefined &&
    Object.values(margins).some(
      (value) => !(Number.isFinite(value) && value >= 0 && value <= MAX_MARGIN_MILLIMETRES),
    )
  )
    fail('margins')
  const titles = spec.printTitleRows
  if (
    titles !== undefined &&
    !(isWhole(titles.first, 1, MAX_EXCEL_ROWS) && isWhole(titles.last, titles.first, MAX_EXCEL_ROWS))
  )
    fail('print-title-rows')
  const titleColumns = spec.printTitleColumns
  if (
    titleColumns !== undefined &&
    !(
      isWhole(titleColumns.first, 1, MAX_EXCEL_COLUMNS) &&
      isWhole(titleColumns.last, titleColumns.first, MAX_EXCEL_COLUMNS)
    )
  )
    fail('print-title-columns')
  const header = spec.header === undefined ? null : headerFooterCodes(spec.header)
  if (header !== null && header.length > MAX_HEADER_FOOTER_LENGTH) fail('header')
  const footer = spec.footer === undefined ? null : headerFooterCodes(spec.footer)
  if (footer !== null && footer.length > MAX_HEADER_FOOTER_LENGTH) fail('footer')
  const inches = (millimetres: number) => Math.round((millimetres / MILLIMETRES_PER_INCH) * 1000) / 1000
  return {
    page: {
      orientation: spec.orientation,
      fitToWidth,
      margins:
        margins === undefined
          ? null
          : {
              top: inches(margins.top),
              bottom: inches(margins.bottom),
              left: inches(margins.left),
              right: inches(margins.right),
              header: inches(margins.header),
              footer: inches(margins.footer),
            },
      printTitleRows: titles === undefined ? null : `${titles.first}:${titles.last}`,
      printTitleColumns:
        titleColumns === undefined
          ? null
          : `${columnLetters(titleColumns.first)}:${columnLetters(titleColumns.last)}`,
      header,
      footer,
    },
    rowHeights,
    issues,
  }
}

const isWhole = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max

/**
 * A header or footer as Excel's codes: `&L`, `&C`, `&R` start the places, `&P` is the page number,
 * `&N` the page count; an `&` in text is doubled and control characters become spaces.
 *
 * @example
 *   headerFooterCodes({ center: ['Trang ', { field: 'page' }, '/', { field: 'pages' }] }) // => '&CTrang &P/&N'
 *   headerFooterCodes({ left: ['Sở TT&TT'] }) // => '&LSở TT&&TT'
 */
export function headerFooterCodes(spec: HeaderFooterSpec): string {
  const place = (code: string, parts: readonly HeaderFooterPart[] | undefined) =>
    parts === undefined || parts.length === 0 ? '' : `&${code}${parts.map(partCode).join('')}`
  return place('L', spec.left) + place('C', spec.center) + place('R', spec.right)
}

function partCode(part: HeaderFooterPart): string {
  if (typeof part !== 'string') return part.field === 'page' ? '&P' : '&N'
  // eslint-disable-next-line no-control-regex
  return part.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/&/g, '&&')
}

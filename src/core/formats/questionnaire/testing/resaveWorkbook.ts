// A questionnaire workbook "re-saved" by another program: the same cells written by hand in the
// encodings Excel, LibreOffice, Google Sheets and Numbers use (shared or inline strings, `t="str"`,
// booleans, dates as styled serials, plain serials or text, numbers typed as text with a decimal
// comma), with other style indices and sheet states. Test data only: nothing here is a real
// program's output, but every encoding is one the reader meets in the field (reliability §5.1 #50).
import { formatCellAddress } from '@core/excel/cellAddress'
import { neutraliseFormulaText } from '@core/excel/neutraliseFormulaText'
import type { CellValue, Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { aPackage, aSharedStrings, STYLES_WITH_DATES } from '@core/excel/xlsx/testing/xlsxPackage'

/** How the re-saving program encodes cells. */
export type ResaveStyle = {
  readonly strings: 'shared' | 'inline' | 'formula-string'
  /** Dates: with a date style (s=1 built-in, s=2 custom `dd/mm/yyyy`), as a plain serial, or as typed text. */
  readonly dates: 'builtin-style' | 'custom-style' | 'serial' | 'text'
  /** Numbers in answer cells: as numbers, or as text with a Vietnamese decimal comma. */
  readonly answerNumbers: 'number' | 'text-comma'
  /** Yes/no answers: the labels as written, TRUE/FALSE booleans, or `x` / empty. */
  readonly yesNo: 'labels' | 'booleans' | 'x-marks'
  /** The state hidden sheets get (LibreOffice has no veryHidden; some tools unhide everything). */
  readonly hiddenState: 'hidden' | 'veryHidden' | 'visible'
}

export const RESAVE_STYLES: Readonly<Record<string, ResaveStyle>> = {
  'excel-like': {
    strings: 'shared',
    dates: 'builtin-style',
    answerNumbers: 'number',
    yesNo: 'labels',
    hiddenState: 'hidden',
  },
  'libreoffice-like': {
    strings: 'shared',
    dates: 'custom-style',
    answerNumbers: 'number',
    yesNo: 'labels',
    hiddenState: 'hidden',
  },
  'google-sheets-like': {
    strings: 'inline',
    dates: 'serial',
    answerNumbers: 'number',
    yesNo: 'booleans',
    hiddenState: 'hidden',
  },
  'numbers-like': {
    strings: 'formula-string',
    dates: 'text',
    answerNumbers: 'text-comma',
    yesNo: 'labels',
    hiddenState: 'visible',
  },
  'typed-by-hand': {
    strings: 'inline',
    dates: 'text',
    answerNumbers: 'text-comma',
    yesNo: 'x-marks',
    hiddenState: 'veryHidden',
  },
}

/** Which cells are answers, and whether yes/no: the re-saving program (or the person) changes only those. */
export type IsAnswerCell = (sheet: Sheet, row: number, column: number) => 'yes-no' | 'answer' | null

/**
 * Writes `workbook` again as an `.xlsx` in `style`. Answer cells get the answer encodings; every
 * other cell keeps its value (strings in the chosen string encoding).
 *
 * @example
 *   const bytes = resaveWorkbook(workbook, RESAVE_STYLES['google-sheets-like'], isAnswer)
 */
export function resaveWorkbook(
  workbook: SheetWorkbook,
  style: ResaveStyle,
  isAnswerCell: IsAnswerCell,
): Uint8Array {
  const shared: string[] = []
  const sharedIndex = new Map<string, number>()
  const sheets = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    ...(sheet.state === 'visible' ? {} : style.hiddenState === 'visible' ? {} : { state: style.hiddenState }),
    xml: `<sheetData>${sheet.rows
      .map((row, rowIndex) => {
        const cells = row.map((cell, columnIndex) =>
          cellXml(
            cell,
            rowIndex + 1,
            columnIndex + 1,
            isAnswerCell(sheet, rowIndex + 1, columnIndex + 1),
            style,
            (text) => {
              const known = sharedIndex.get(text)
              if (known !== undefined) return known
              shared.push(escapeXml(text))
              sharedIndex.set(text, shared.length - 1)
              return shared.length - 1
            },
          ),
        )
        return `<row r="${rowIndex + 1}">${cells.join('')}</row>`
      })
      .join(
        '',
      )}</sheetData>${sheet.isProtected ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : ''}`,
  }))
  return aPackage({
    sheets,
    styles: STYLES_WITH_DATES,
    ...(shared.length > 0 && style.strings === 'shared' ? { sharedStrings: aSharedStrings(shared) } : {}),
  })
}

function cellXml(
  cell: CellValue,
  row: number,
  column: number,
  answer: 'yes-no' | 'answer' | null,
  style: ResaveStyle,
  share: (text: string) => number,
): string {
  const reference = formatCellAddress({ row, column })
  if (cell === null) return ''
  if (typeof cell === 'number') {
    if (answer !== null && style.answerNumbers === 'text-comma')
      return stringXml(reference, String(cell).replace('.', ','), style, share)
    return `<c r="${reference}"><v>${cell}</v></c>`
  }
  if (typeof cell === 'boolean') return `<c r="${reference}" t="b"><v>${cell ? 1 : 0}</v></c>`
  if (typeof cell === 'string') {
    if (answer === 'yes-no' && (cell === 'Có' || cell === 'Không')) {
      if (style.yesNo === 'booleans') return `<c r="${reference}" t="b"><v>${cell === 'Có' ? 1 : 0}</v></c>`
      if (style.yesNo === 'x-marks')
        return cell === 'Có'
          ? stringXml(reference, 'x', style, share)
          : stringXml(reference, 'không', style, share)
    }
    return stringXml(reference, neutraliseFormulaText(cell), style, share)
  }
  if (cell.type === 'date') {
    const serial = toSerial(cell.iso)
    if (style.dates === 'text') return stringXml(reference, dayFirst(cell.iso), style, share)
    if (style.dates === 'serial') return `<c r="${reference}"><v>${serial}</v></c>`
    return `<c r="${reference}" s="${style.dates === 'builtin-style' ? 1 : 2}"><v>${serial}</v></c>`
  }
  if (cell.type === 'error') return `<c r="${reference}" t="e"><v>${escapeXml(cell.code)}</v></c>`
  return `<c r="${reference}"><f>${escapeXml(cell.formula)}</f></c>`
}

function stringXml(
  reference: string,
  text: string,
  style: ResaveStyle,
  share: (text: string) => number,
): string {
  if (style.strings === 'shared') return `<c r="${reference}" t="s"><v>${share(text)}</v></c>`
  if (style.strings === 'inline')
    return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
  return `<c r="${reference}" t="str"><v>${escapeXml(text)}</v></c>`
}

function toSerial(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number)
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000)
}

function dayFirst(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${Number(day)}/${Number(month)}/${year}`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

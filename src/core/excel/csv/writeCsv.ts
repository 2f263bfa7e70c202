import { neutraliseFormulaText } from '@core/excel/neutraliseFormulaText'
import type { CsvDelimiter } from './parseCsv'

/**
 * A value `writeCsv` can write.
 *
 * @example
 *   const row: CsvField[] = ['P1', 0.5, true, null]
 */
export type CsvField = string | number | boolean | null

/**
 * How `writeCsv` writes: the field separator (`,` unless given), a UTF-8 byte-order mark, and
 * whether numbers take a decimal comma (`0,5`) instead of a point. `csvStyleOptions` gives the two
 * sets the app uses.
 *
 * @example
 *   const options: WriteCsvOptions = { delimiter: ';', bom: true, decimalComma: true }
 */
export type WriteCsvOptions = {
  readonly delimiter?: CsvDelimiter
  readonly bom?: boolean
  readonly decimalComma?: boolean
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends. Strings go through `neutraliseFormulaText`
 * (OWASP ASVS 1.2.10: a leading `= + - @`, tab, CR, LF or NUL, also after leading white space,
 * gets a `'` prefix), then are quoted when they hold a comma, a semicolon or a tab (whatever this
 * file's separator: Excel on a Vietnamese Windows PC splits on `;`, elsewhere on `,`, so a text
 * `x;=HYPERLINK(…)` left unquoted in a comma file would become a live formula there), a quote or
 * a line break. A quoted field is one cell whichever separator the reader uses.
 * Numbers and booleans are never prefixed, so `-5` in a numeric column stays a number; `-0` is
 * written `0`; NaN and ±Infinity are written as empty fields (check values before writing).
 * `bom: true` adds the byte-order mark Excel needs to read UTF-8 (Vietnamese) text correctly.
 * `decimalComma: true` writes numbers as Excel with Vietnamese regional settings reads them:
 * `0,8654`, `-0,5`, `1,5e-7` (full precision, never a thousands separator); such a number is
 * quoted if the separator is also `,`. `readCellNumber` reads both forms back.
 *
 * @example
 *   writeCsv([['mã', 'ghi chú'], ['P1', '=1+1'], ['P2', -5]]) // => 'mã,ghi chú\r\nP1,\'=1+1\r\nP2,-5\r\n'
 *   writeCsv([['P1', 0.5]], { delimiter: ';', decimalComma: true }) // => 'P1;0,5\r\n'
 */
export function writeCsv(rows: readonly (readonly CsvField[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  const decimalComma = options.decimalComma === true
  const body = rows
    .map((row) => row.map((field) => formatField(field, delimiter, decimalComma)).join(delimiter) + '\r\n')
    .join('')
  return options.bom === true ? `\uFEFF${body}` : body
}

function formatField(field: CsvField, delimiter: CsvDelimiter, decimalComma: boolean): string {
  if (field === null) return ''
  if (typeof field === 'boolean') return field ? 'TRUE' : 'FALSE'
  if (typeof field === 'number') {
    const number = formatNumber(field, decimalComma)
    return number.includes(delimiter) ? `"${number}"` : number
  }
  const text = neutraliseFormulaText(field)
  return text.includes(delimiter) || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A finite number in full precision (`String`), `-0` as `0`, with a decimal comma when asked; else empty. */
function formatNumber(value: number, decimalComma: boolean): string {
  if (!Number.isFinite(value)) return ''
  const text = String(value === 0 ? 0 : value)
  return decimalComma ? text.replace('.', ',') : text
}

/** Any character a spreadsheet program may split or end a field on: quote the field. */
const NEEDS_QUOTES = /[,;\t"\r\n]/

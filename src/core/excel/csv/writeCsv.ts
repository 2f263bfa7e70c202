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
 * Writes rows as RFC 4180 CSV with CRLF line ends. Strings go through `neutraliseFormulaText`
 * (OWASP ASVS 1.2.10: a leading `= + - @`, tab, CR, LF or NUL, also after leading white space,
 * gets a `'` prefix), then are quoted when they hold a comma, a semicolon or a tab (whatever this
 * file's separator: Excel on a Vietnamese Windows PC splits on `;`, elsewhere on `,`, so a text
 * `x;=HYPERLINK(…)` left unquoted in a comma file would become a live formula there), a quote or
 * a line break. A quoted field is one cell whichever separator the reader uses.
 * Numbers and booleans are never prefixed, so `-5` in a numeric column stays a number; `-0` is
 * written `0`; NaN and ±Infinity are written as empty fields (check values before writing).
 * `bom: true` adds the byte-order mark Excel needs to read UTF-8 (Vietnamese) text correctly.
 *
 * @example
 *   writeCsv([['mã', 'ghi chú'], ['P1', '=1+1'], ['P2', -5]]) // => 'mã,ghi chú\r\nP1,\'=1+1\r\nP2,-5\r\n'
 */
export function writeCsv(
  rows: readonly (readonly CsvField[])[],
  options: { readonly delimiter?: CsvDelimiter; readonly bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ','
  const body = rows
    .map((row) => row.map((field) => formatField(field, delimiter)).join(delimiter) + '\r\n')
    .join('')
  return options.bom === true ? `\uFEFF${body}` : body
}

function formatField(field: CsvField, delimiter: CsvDelimiter): string {
  if (field === null) return ''
  if (typeof field === 'boolean') return field ? 'TRUE' : 'FALSE'
  if (typeof field === 'number') return Number.isFinite(field) ? String(field === 0 ? 0 : field) : ''
  const text = neutraliseFormulaText(field)
  return text.includes(delimiter) || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Any character a spreadsheet program may split or end a field on: quote the field. */
const NEEDS_QUOTES = /[,;\t"\r\n]/

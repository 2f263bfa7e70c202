import { restoreNeutralisedText } from '@core/excel/neutraliseFormulaText'
import { err, ok, type Result } from '@core/result'

/**
 * The field separators recognised: `,` (RFC 4180) and `;` (Excel in locales with a decimal comma, such as vi-VN).
 *
 * @example
 *   const delimiter: CsvDelimiter = ';'
 */
export type CsvDelimiter = ',' | ';'

/**
 * A parsed CSV: its records as rows of fields, and the separator used.
 *
 * @example
 *   const parsed: ParsedCsv = { delimiter: ';', rows: [['code', 'weight'], ['P1', '0,5']] }
 */
export type ParsedCsv = { readonly delimiter: CsvDelimiter; readonly rows: readonly (readonly string[])[] }

/**
 * A place where the text breaks RFC 4180 (lines are 1-based physical lines, columns 1-based fields).
 *
 * @example
 *   const issue: CsvIssue = { code: 'unterminated-quote', line: 3 }
 */
export type CsvIssue =
  | { readonly code: 'unterminated-quote'; readonly line: number }
  | { readonly code: 'unexpected-quote'; readonly line: number; readonly column: number }

/**
 * Which separator a CSV uses: the one of `,` and `;` that occurs more often outside quotes in the
 * first record (`,` on a tie).
 *
 * @example
 *   detectCsvDelimiter('a;b;"c,d"\n1;2;3') // => ';'
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let [commas, semicolons, isQuoted] = [0, 0, false]
  for (const character of text) {
    if (character === '"') isQuoted = !isQuoted
    else if (!isQuoted && (character === '\n' || character === '\r')) break
    else if (!isQuoted && character === ',') commas += 1
    else if (!isQuoted && character === ';') semicolons += 1
  }
  return semicolons > commas ? ';' : ','
}

/**
 * Parses CSV text per RFC 4180: quoted fields with `""` for a quote and line breaks inside,
 * CRLF, LF or CR line ends, a leading BOM ignored, the separator detected unless given. A final
 * line end does not start an empty record; an empty line is a record with one empty field. Every
 * quoting error is reported. With `restoreNeutralised`, fields written by `writeCsv` come back
 * exactly (see `restoreNeutralisedText`). Never throws.
 *
 * @example
 *   parseCsv('\uFEFFmã;tên\r\nP1;"Sở ""A"""\r\n') // => ok({ delimiter: ';', rows: [['mã', 'tên'], ['P1', 'Sở "A"']] })
 */
export function parseCsv(
  input: string,
  options: { readonly delimiter?: CsvDelimiter; readonly restoreNeutralised?: boolean } = {},
): Result<ParsedCsv, readonly CsvIssue[]> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const delimiter = options.delimiter ?? detectCsvDelimiter(text)
  const rows: string[][] = []
  const issues: CsvIssue[] = []
  let [row, field, line, index, isRecordOpen] = [[] as string[], '', 1, 0, false]
  const endField = (): void => {
    row.push(options.restoreNeutralised === true ? restoreNeutralisedText(field) : field)
    field = ''
  }
  while (index < text.length) {
    isRecordOpen = true
    if (text[index] === '"' && field === '') {
      const closing = readQuoted(text, index + 1)
      field = closing.value
      line += closing.lineBreaks
      index = closing.end
      if (closing.end > text.length) {
        issues.push({ code: 'unterminated-quote', line })
        break
      }
      const next = text[index]
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
        issues.push({ code: 'unexpected-quote', line, column: row.length + 1 })
      continue
    }
    const character = text[index] ?? ''
    if (character === delimiter) endField()
    else if (character === '\n' || character === '\r') {
      endField()
      rows.push(row)
      row = []
      isRecordOpen = false
      line += 1
      if (character === '\r' && text[index + 1] === '\n') index += 1
    } else {
      if (character === '"') issues.push({ code: 'unexpected-quote', line, column: row.length + 1 })
      field += character
    }
    index += 1
  }
  if (isRecordOpen) {
    endField()
    rows.push(row)
  }
  return issues.length > 0 ? err(issues) : ok({ delimiter, rows })
}

/** Reads a quoted field's content from just after its opening quote; `end` is past the closing quote. */
function readQuoted(
  text: string,
  start: number,
): { readonly value: string; readonly end: number; readonly lineBreaks: number } {
  let [value, index, lineBreaks] = ['', start, 0]
  while (index < text.length) {
    const character = text[index]
    if (character === '"') {
      if (text[index + 1] !== '"') return { value, end: index + 1, lineBreaks }
      value += '"'
      index += 2
      continue
    }
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) lineBreaks += 1
    value += character
    index += 1
  }
  return { value, end: text.length + 1, lineBreaks }
}

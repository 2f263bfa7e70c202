/**
 * Splits RFC 4180 CSV text into records keyed by the header row: fields separated by commas,
 * optionally double-quoted, `""` inside quotes for a quote; CRLF or LF line ends. `columns`
 * names the columns the caller reads; a missing one throws (the source file changed shape).
 *
 * Why here: the built-in framework tests compare question texts with the source questionnaires
 * in `tests/fixtures/questionnaires/*.csv`, which quote fields holding commas.
 *
 * @example
 *   parseCsv('a,b\n1,"x, y"\n', ['a', 'b']) // => [{ a: '1', b: 'x, y' }]
 */
export function parseCsv<Column extends string>(
  text: string,
  columns: readonly Column[],
): Record<Column, string>[] {
  const [header = [], ...rows] = splitRecords(text)
  const missing = columns.filter((column) => !header.includes(column))
  if (missing.length > 0) throw new Error(`CSV lacks the columns ${missing.join(', ')}`)
  return rows
    .filter((row) => row.some((field) => field !== ''))
    .map(
      (row) =>
        Object.fromEntries(columns.map((column) => [column, row[header.indexOf(column)] ?? ''])) as Record<
          Column,
          string
        >,
    )
}

function splitRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index)
    if (quoted) {
      if (character !== '"') field += character
      else if (text.charAt(index + 1) === '"') {
        field += '"'
        index += 1
      } else quoted = false
    } else if (character === '"') quoted = true
    else if (character === ',') {
      record.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text.charAt(index + 1) === '\n') index += 1
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += character
  }
  if (field !== '' || record.length > 0) records.push([...record, field])
  return records
}

import type { AuthoringFieldSource } from '@core/formats/authoring/authoringReadContext'

/**
 * The trimmed text of a cell without reading it as a field (no issue, no source): how rows of one
 * sheet are matched to rows of another (`choices.question` to `questions.code`). Numbers give their
 * shortest text; anything else gives `''`.
 *
 * @example
 *   peekText(row, 'question') // => 'CongThongTin'
 */
export function peekText(source: AuthoringFieldSource, key: string): string {
  const value = source.value(key)
  if (typeof value === 'string') return value.trim()
  return typeof value === 'number' ? String(value) : ''
}

/**
 * Groups rows by a key made from their cells, keeping row order within each group.
 *
 * @example
 *   groupRows(choiceRows, (row) => peekText(row, 'question')).get('CongThongTin') // => the rows of that question
 */
export function groupRows(
  rows: readonly AuthoringFieldSource[],
  keyOf: (row: AuthoringFieldSource) => string,
): ReadonlyMap<string, readonly AuthoringFieldSource[]> {
  const groups = new Map<string, AuthoringFieldSource[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [row])
    else group.push(row)
  }
  return groups
}

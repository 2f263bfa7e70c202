/** A table as read from a CSV file or a worksheet: rows of cells, the first row the header. */
export type TableGrid = readonly (readonly (string | number | boolean | null)[])[]

/** Cell text, trimmed; numbers as their shortest text; empty → ''. */
export const cellText = (cell: string | number | boolean | null | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim()

/**
 * A number from a cell: numbers as they are, text with a dot or a Vietnamese decimal comma
 * ("1.234,5" → 1234.5 is NOT guessed: a text with both separators is refused); '' → null.
 */
export function cellNumber(cell: string | number | boolean | null | undefined): number | null | 'invalid' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid'
  const text = cellText(cell)
  if (text === '') return null
  const normalised = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return 'invalid'
  const value = Number(normalised)
  return Number.isFinite(value) ? value : 'invalid'
}

/** Maps header names to column indexes, case-insensitively. */
export function headerIndex(
  header: readonly (string | number | boolean | null)[],
): ReadonlyMap<string, number> {
  const map = new Map<string, number>()
  header.forEach((cell, index) => {
    const name = cellText(cell).toLowerCase()
    if (name !== '' && !map.has(name)) map.set(name, index)
  })
  return map
}

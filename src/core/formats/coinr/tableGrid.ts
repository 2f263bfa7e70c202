/** A table as read from a CSV file or a worksheet: rows of cells, the first row the header. */
export type TableGrid = readonly (readonly (string | number | boolean | null)[])[]

/** Cell text, trimmed; numbers as their shortest text; empty → ''. */
export const cellText = (cell: string | number | boolean | null | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim()

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

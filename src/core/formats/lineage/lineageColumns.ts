/**
 * The columns of a lineage file, in the order the writer puts them: the five of every row, the
 * date it took effect, the optional weight of the predecessor and the source it is taken from.
 *
 * @example
 *   LINEAGE_COLUMNS[0] // => 'new_code'
 */
export const LINEAGE_COLUMNS = [
  'new_code',
  'new_name',
  'old_code',
  'old_name',
  'kind',
  'effective_date',
  'weight',
  'source',
] as const

export type LineageColumn = (typeof LINEAGE_COLUMNS)[number]

/** The columns a file must have (`weight` and `source` are optional). @example REQUIRED_LINEAGE_COLUMNS.includes('weight') // => false */
export const REQUIRED_LINEAGE_COLUMNS: readonly LineageColumn[] = [
  'new_code',
  'new_name',
  'old_code',
  'old_name',
  'kind',
  'effective_date',
]

/** The sheet the writer names and the reader prefers. @example LINEAGE_SHEET_NAME // => 'Lineage' */
export const LINEAGE_SHEET_NAME = 'Lineage'

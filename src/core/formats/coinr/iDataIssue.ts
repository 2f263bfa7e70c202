/** A problem in a COINr iData table, located by row and column where it has a place. */
export type IDataIssue =
  | { readonly code: 'idata-empty' }
  | { readonly code: 'idata-missing-column'; readonly column: string }
  | { readonly code: 'idata-bad-cell'; readonly row: number; readonly column: string; readonly found: string }
  | { readonly code: 'idata-duplicate-unit'; readonly row: number; readonly unit: string }

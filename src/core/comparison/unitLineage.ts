/**
 * What happened to a unit code on a date: `renamed` (one → one, history carried), `merged`
 * (several → one, the successor's earlier value combined from its predecessors), `split` (one →
 * several, each successor gets the predecessor's value, flagged), `dissolved` (the old code no
 * longer exists; a new code, when given, names where its functions went, nothing is carried),
 * `created` (a new code with no history), `unchanged` (a code carried as it is; listed so that a
 * lineage file can name every unit).
 *
 * @example
 *   LINEAGE_KINDS.includes('merged') // => true
 */
export const LINEAGE_KINDS = ['renamed', 'merged', 'split', 'dissolved', 'created', 'unchanged'] as const

export type LineageKind = (typeof LINEAGE_KINDS)[number]

/**
 * One row of a unit lineage: a predecessor code (`oldCode`, empty for `created`) and a successor
 * code (`newCode`, empty for a `dissolved` unit with no receiver), the kind, the date it took
 * effect (ISO `YYYY-MM-DD`), an optional weight of the predecessor (used by `weighted:weight`)
 * and the source it was taken from.
 *
 * @example
 *   const row: LineageRow = { newCode: 'SKHCN', newName: 'Sở Khoa học và Công nghệ', oldCode: 'STTTT', oldName: 'Sở Thông tin và Truyền thông', kind: 'merged', effectiveDate: '2025-03-01', weight: null, source: '' }
 */
export type LineageRow = {
  readonly newCode: string
  readonly newName: string
  readonly oldCode: string
  readonly oldName: string
  readonly kind: LineageKind
  readonly effectiveDate: string
  readonly weight: number | null
  readonly source: string
}

/**
 * A lineage row as a file gives it, before validation: every field text (the weight may be a
 * number read from a cell), and the row's number in the file (1-based, header included) so every
 * problem is located.
 *
 * @example
 *   const draft: LineageDraftRow = { row: 2, newCode: 'SNV', newName: 'Sở Nội vụ', oldCode: 'SLDTBXH', oldName: '…', kind: 'merged', effectiveDate: '2025-03-01', weight: '', source: '' }
 */
export type LineageDraftRow = {
  readonly row: number
  readonly newCode: string
  readonly newName: string
  readonly oldCode: string
  readonly oldName: string
  readonly kind: string
  readonly effectiveDate: string
  readonly weight: string | number | null
  readonly source: string
}

/**
 * Why a lineage was refused; every problem is collected, each with the row it is on.
 *
 * @example
 *   const problem: LineageProblem = { code: 'lineage-merged-twice', row: 7, unit: 'STTTT', date: '2025-03-01', first: 'SKHCN', second: 'STC' }
 */
export type LineageProblem =
  | { readonly code: 'lineage-bad-kind'; readonly row: number; readonly found: string }
  | { readonly code: 'lineage-bad-date'; readonly row: number; readonly found: string }
  | { readonly code: 'lineage-bad-weight'; readonly row: number; readonly found: string }
  | { readonly code: 'lineage-missing-code'; readonly row: number; readonly column: 'new_code' | 'old_code' }
  | { readonly code: 'lineage-unknown-code'; readonly row: number; readonly unit: string }
  | { readonly code: 'lineage-cycle'; readonly row: number; readonly cycle: string }
  | {
      readonly code: 'lineage-merged-twice'
      readonly row: number
      readonly unit: string
      readonly date: string
      readonly first: string
      readonly second: string
    }
  | {
      readonly code: 'lineage-date-order'
      readonly row: number
      readonly unit: string
      readonly date: string
      readonly createdOn: string
    }
  | { readonly code: 'lineage-duplicate-row'; readonly row: number; readonly first: number }

/**
 * A lineage that passed `validateLineage`: its rows ordered by date (file order within a date).
 *
 * @example
 *   const lineage: UnitLineage = { rows: [] }
 */
export type UnitLineage = { readonly rows: readonly LineageRow[] }

/** The empty lineage: every code stands for itself. @example EMPTY_LINEAGE.rows.length // => 0 */
export const EMPTY_LINEAGE: UnitLineage = { rows: [] }

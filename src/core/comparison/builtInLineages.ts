import { danangLineage2025 } from '@core/builtins/danangLineage2025'
import { provinceLineage2025 } from '@core/builtins/provinceLineage2025'
import type { BuiltInLineageRow } from '@core/builtins/danangLineage2025'
import type { LineageDraftRow, LineageProblem, UnitLineage } from './unitLineage'
import { validateLineage } from './validateLineage'
import type { Result } from '@core/result'

/** The ids of the built-in lineages. @example BUILT_IN_LINEAGE_IDS[0] // => 'danang-2025' */
export const BUILT_IN_LINEAGE_IDS = ['danang-2025', 'provinces-2025'] as const

export type BuiltInLineageId = (typeof BUILT_IN_LINEAGE_IDS)[number]

const ROWS: Readonly<Record<BuiltInLineageId, readonly BuiltInLineageRow[]>> = {
  'danang-2025': danangLineage2025,
  'provinces-2025': provinceLineage2025,
}

/**
 * A built-in lineage's rows as draft rows (row numbers as in its CSV: header is row 1).
 *
 * @example
 *   builtInLineageDrafts('danang-2025')[0]?.row // => 2
 */
export function builtInLineageDrafts(id: BuiltInLineageId): LineageDraftRow[] {
  return ROWS[id].map((row, index) => ({ ...row, row: index + 2, weight: null }))
}

/**
 * A built-in lineage, validated (a test checks both pass).
 *
 * @example
 *   const lineage = loadBuiltInLineage('danang-2025')
 *   lineage.ok && lineage.value.rows.length // => 40
 */
export function loadBuiltInLineage(id: BuiltInLineageId): Result<UnitLineage, readonly LineageProblem[]> {
  return validateLineage(builtInLineageDrafts(id))
}

import { useMemo, useState } from 'react'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import {
  filterRanking,
  rankingRows,
  sortRanking,
  type RankingColumn,
  type RankingFilter,
  type RankingSort,
} from '@core/assessment/rankingRows'

const sameColumn = (a: RankingColumn, b: RankingColumn) =>
  typeof a === 'object' && typeof b === 'object' ? a.component === b.component : a === b

/** Ranking rows of a result with the table's sort and filter state. */
export function useRankingTable(result: AssessmentResult, componentCodes: readonly string[]) {
  const all = useMemo(() => rankingRows(result, componentCodes), [result, componentCodes])
  const [sort, setSort] = useState<RankingSort>({ column: 'rank', direction: 'ascending' })
  const [filter, setFilter] = useState<RankingFilter>({ search: '', group: 'all', band: 'all' })
  const rows = useMemo(() => sortRanking(filterRanking(all, filter), sort), [all, filter, sort])
  const groups = useMemo(
    () => [...new Set(all.map((row) => row.group).filter((group) => group !== ''))],
    [all],
  )
  /** Sorts by a column; the same column again reverses the order. Scores start highest first. */
  const sortBy = (column: RankingColumn) =>
    setSort((current) =>
      sameColumn(current.column, column)
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : {
            column,
            direction: column === 'composite' || typeof column === 'object' ? 'descending' : 'ascending',
          },
    )
  const ariaSort = (column: RankingColumn): 'ascending' | 'descending' | 'none' =>
    sameColumn(sort.column, column) ? sort.direction : 'none'
  return { all, rows, sort, sortBy, ariaSort, filter, setFilter, groups }
}

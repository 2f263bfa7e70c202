import { useMemo } from 'react'
import { groupIntoSeries, type ComparisonSeries } from '@core/comparison/comparisonSeries'
import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import { ok } from '@core/result'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { createUnitLineageRepository } from '@core/storage/unitLineageRepository'
import type { UnitLineage } from '@core/comparison/unitLineage'
import type { StorageFailure } from '@core/storage/storageError'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

export type ManagerData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: StorageFailure }
  | {
      readonly status: 'ready'
      readonly series: readonly ComparisonSeries[]
      /** The workspace's unit lineage in force (empty when none was saved). */
      readonly lineage: UnitLineage
      readonly skipped: number
      readonly loadedMs: number
    }

/**
 * The published results of this machine's assessments and the results imported from files
 * (stored), by series, and the unit lineage; read again by itself when an assessment is published,
 * a year imported or the lineage saved.
 */
export function useManagerData(): ManagerData {
  const database = useDatabase()
  const read = useLiveRead(async () => {
    const started = performance.now()
    const published = await loadPublishedResults(createAssessmentRepository(database))
    const imported = await createImportedResultsRepository(database).list()
    const lineage = await createUnitLineageRepository(database).current()
    return ok({
      years: [...published.years, ...imported],
      skipped: published.skipped.length,
      lineage: { rows: lineage.rows },
      loadedMs: performance.now() - started,
    })
  }, [database])
  return useMemo((): ManagerData => {
    if (read.status !== 'ready') return read
    return {
      status: 'ready',
      series: groupIntoSeries(read.value.years),
      lineage: read.value.lineage,
      skipped: read.value.skipped,
      loadedMs: read.value.loadedMs,
    }
  }, [read])
}

import { useEffect, useMemo, useState } from 'react'
import { groupIntoSeries, type ComparisonSeries } from '@core/comparison/comparisonSeries'
import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import type { YearResults } from '@core/comparison/yearResults'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { importedResultsEvents } from './importedResultsEvents'

export type ManagerData =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready'
      readonly series: readonly ComparisonSeries[]
      readonly skipped: number
      readonly loadedMs: number
    }

/** The published results of this machine's assessments and the results imported from files (stored), by series. */
export function useManagerData(): ManagerData {
  const database = useDatabase()
  const [published, setPublished] = useState<{
    readonly years: readonly YearResults[]
    readonly skipped: number
    readonly loadedMs: number
  } | null>(null)
  const imported = useImportedResults()
  useEffect(() => {
    let cancelled = false
    const started = performance.now()
    void loadPublishedResults(createAssessmentRepository(database)).then((loaded) => {
      if (!cancelled)
        setPublished({
          years: loaded.years,
          skipped: loaded.skipped.length,
          loadedMs: performance.now() - started,
        })
    })
    return () => {
      cancelled = true
    }
  }, [database])
  return useMemo((): ManagerData => {
    if (published === null || imported === null) return { status: 'loading' }
    return {
      status: 'ready',
      series: groupIntoSeries([...published.years, ...imported]),
      skipped: published.skipped,
      loadedMs: published.loadedMs,
    }
  }, [published, imported])
}

/** The imported years in the database, read again whenever one is added or removed; `null` while loading. */
export function useImportedResults(): readonly YearResults[] | null {
  const database = useDatabase()
  const [imported, setImported] = useState<readonly YearResults[] | null>(null)
  useEffect(() => {
    let cancelled = false
    const load = () =>
      void createImportedResultsRepository(database)
        .list()
        .then(
          (years) => !cancelled && setImported(years),
          () => !cancelled && setImported([]),
        )
    load()
    const unsubscribe = importedResultsEvents.subscribe(load)
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [database])
  return imported
}

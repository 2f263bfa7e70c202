import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { groupIntoSeries, type ComparisonSeries } from '../../../../core/comparison/comparisonSeries'
import { loadPublishedResults } from '../../../../core/comparison/loadPublishedResults'
import type { YearResults } from '../../../../core/comparison/yearResults'
import { createAssessmentRepository } from '../../../../core/storage/assessmentRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { importedResultsStore } from './importedResultsStore'

export type ManagerData =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly series: readonly ComparisonSeries[]; readonly skipped: number; readonly loadedMs: number }

/** The published results of this machine's assessments and the results imported this session, by series. */
export function useManagerData(): ManagerData {
  const database = useDatabase()
  const [published, setPublished] = useState<{ readonly years: readonly YearResults[]; readonly skipped: number; readonly loadedMs: number } | null>(null)
  const imported = useSyncExternalStore(importedResultsStore.subscribe, importedResultsStore.snapshot)
  useEffect(() => {
    let cancelled = false
    const started = performance.now()
    void loadPublishedResults(createAssessmentRepository(database)).then((loaded) => {
      if (!cancelled) setPublished({ years: loaded.years, skipped: loaded.skipped.length, loadedMs: performance.now() - started })
    })
    return () => {
      cancelled = true
    }
  }, [database])
  return useMemo((): ManagerData => {
    if (published === null) return { status: 'loading' }
    return { status: 'ready', series: groupIntoSeries([...published.years, ...imported]), skipped: published.skipped, loadedMs: published.loadedMs }
  }, [published, imported])
}

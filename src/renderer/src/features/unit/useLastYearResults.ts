import { useEffect, useState } from 'react'
import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import type { YearResults } from '@core/comparison/yearResults'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { useDatabase } from '../../app/DatabaseProvider'

/**
 * The most recent results before `year` for the framework on this machine: a published assessment
 * of the evaluator's, or results the manager imported from a file. `null` when there are none
 * (the usual case on a unit's own machine) or while loading.
 */
export function useLastYearResults(frameworkId: string, year: number): YearResults | null {
  const database = useDatabase()
  const [found, setFound] = useState<YearResults | null>(null)
  useEffect(() => {
    let cancelled = false
    void Promise.all([
      loadPublishedResults(createAssessmentRepository(database)).then((loaded) => loaded.years),
      createImportedResultsRepository(database).list(),
    ])
      .then(([published, imported]) => {
        const earlier = [...published, ...imported].filter(
          (candidate) => candidate.frameworkId === frameworkId && candidate.year < year,
        )
        // The latest earlier year; at the same year, the machine's own published assessment first.
        const latest = earlier.reduce<YearResults | null>(
          (best, candidate) => (best === null || candidate.year > best.year ? candidate : best),
          null,
        )
        if (!cancelled) setFound(latest)
      })
      .catch(() => !cancelled && setFound(null))
    return () => {
      cancelled = true
    }
  }, [database, frameworkId, year])
  return found
}

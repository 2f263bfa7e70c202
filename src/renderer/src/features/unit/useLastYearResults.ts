import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import type { YearResults } from '@core/comparison/yearResults'
import { ok } from '@core/result'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createImportedResultsRepository } from '@core/storage/importedResultsRepository'
import { createUnitLineageRepository } from '@core/storage/unitLineageRepository'
import { restateIntoYear } from '@core/comparison/restateIntoYear'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/**
 * The most recent results before `year` for the framework on this machine: a published assessment
 * of the evaluator's, or results the manager imported from a file; read again by itself when one is
 * published or imported. `null` when there are none (the usual case on a unit's own machine), while
 * loading, or when they cannot be read (the comparison is only a hint beside the questionnaire).
 * When the workspace's unit lineage has events between that year and `year`, the results are
 * restated in this year's units (`restateIntoYear`), so the ranges and ranks are those of the
 * units as they now stand.
 */
export function useLastYearResults(frameworkId: string, year: number): YearResults | null {
  const database = useDatabase()
  const read = useLiveRead(async () => {
    const [published, imported, lineage] = await Promise.all([
      loadPublishedResults(createAssessmentRepository(database)),
      createImportedResultsRepository(database).list(),
      createUnitLineageRepository(database).current(),
    ])
    const earlier = [...published.years, ...imported].filter(
      (candidate) => candidate.frameworkId === frameworkId && candidate.year < year,
    )
    // The latest earlier year; at the same year, the machine's own published assessment first.
    const latest = earlier.reduce<YearResults | null>(
      (best, candidate) => (best === null || candidate.year > best.year ? candidate : best),
      null,
    )
    // Restated in this year's units when the units changed in between (merged units: the mean of their predecessors).
    return ok(latest === null ? null : restateIntoYear(latest, lineage, year).year)
  }, [database, frameworkId, year])
  return read.status === 'ready' ? read.value : null
}

import type { Framework } from '@core/framework/framework'
import type { Result } from '@core/result'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { structureFromFramework, type YearResults } from './yearResults'

/**
 * What the comparison reads from the evaluator's store: the shape of `AssessmentRepository`'s
 * `list`, `get` and `officialResult` (core/storage), kept here so the comparison does not depend
 * on storage.
 *
 * @example
 *   loadPublishedResults(createAssessmentRepository(database))
 */
export type PublishedResultsStore = {
  list(): Promise<
    readonly {
      readonly id: string
      readonly frameworkId: string
      readonly frameworkVersion: string
      readonly year: number
      readonly status: string
    }[]
  >
  get(id: string): Promise<Result<{ readonly framework: Framework }, unknown>>
  officialResult(id: string): Promise<AssessmentResult | null>
}

/**
 * Every published assessment with its official results (frozen at publication) and the framework
 * kept with it, as `YearResults`. Open assessments, and published ones whose framework or
 * results cannot be read, are left out (`skipped` says which, for the screen).
 *
 * @example
 *   const { years } = await loadPublishedResults(assessments)
 */
export async function loadPublishedResults(
  store: PublishedResultsStore,
): Promise<{ readonly years: YearResults[]; readonly skipped: readonly string[] }> {
  const years: YearResults[] = []
  const skipped: string[] = []
  for (const assessment of await store.list()) {
    if (assessment.status !== 'published') continue
    const [opened, result] = await Promise.all([
      store.get(assessment.id),
      store.officialResult(assessment.id),
    ])
    if (!opened.ok || result === null) {
      skipped.push(assessment.id)
      continue
    }
    years.push({
      year: assessment.year,
      frameworkId: assessment.frameworkId,
      frameworkVersion: assessment.frameworkVersion,
      source: { kind: 'assessment', assessmentId: assessment.id },
      structure: structureFromFramework(opened.value.framework),
      result,
    })
  }
  return { years, skipped }
}

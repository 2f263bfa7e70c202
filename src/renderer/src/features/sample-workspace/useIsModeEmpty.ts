import { ok } from '@core/result'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createUnitProfileRepository } from '@core/storage/unitProfileRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/** A mode whose empty state offers the sample workspace. */
export type SampleMode = 'unit' | 'evaluator' | 'manager'

/**
 * Whether a mode has nothing to show yet in the open database (no unit profile; no assessment;
 * nothing published), read again by itself after every change; `null` while it is being read or
 * when it cannot be read (the mode's own view explains that failure).
 */
export function useIsModeEmpty(mode: SampleMode | undefined): boolean | null {
  const database = useDatabase()
  const read = useLiveRead(async () => {
    if (mode === undefined) return ok(true)
    if (mode === 'unit') return ok((await createUnitProfileRepository(database).get()) === null)
    const assessments = await createAssessmentRepository(database).list()
    return ok(
      mode === 'evaluator'
        ? assessments.length === 0
        : !assessments.some((assessment) => assessment.status === 'published'),
    )
  }, [database, mode])
  if (mode === undefined) return true
  return read.status === 'ready' ? read.value : null
}

import { useEffect, useState } from 'react'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createUnitProfileRepository } from '@core/storage/unitProfileRepository'
import { useDatabase } from '../../app/DatabaseProvider'

/** A mode whose empty state offers the sample workspace. */
export type SampleMode = 'unit' | 'evaluator' | 'manager'

/**
 * Whether a mode has nothing to show yet in the open database (no unit profile; no assessment;
 * nothing published), `null` while it is being read.
 */
export function useIsModeEmpty(mode: SampleMode | undefined): boolean | null {
  const database = useDatabase()
  const [isEmpty, setIsEmpty] = useState<boolean | null>(mode === undefined ? true : null)
  useEffect(() => {
    if (mode === undefined) return
    let cancelled = false
    const read = async () => {
      if (mode === 'unit') return (await createUnitProfileRepository(database).get()) === null
      const assessments = await createAssessmentRepository(database).list()
      return mode === 'evaluator'
        ? assessments.length === 0
        : !assessments.some((assessment) => assessment.status === 'published')
    }
    void read().then((value) => {
      if (!cancelled) setIsEmpty(value)
    })
    return () => {
      cancelled = true
    }
  }, [database, mode])
  return isEmpty
}

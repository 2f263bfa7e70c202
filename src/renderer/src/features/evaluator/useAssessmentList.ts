import { useEffect, useState } from 'react'
import type { Assessment } from '@core/assessment/assessment'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { useDatabase } from '../../app/DatabaseProvider'

/** Every assessment in the workspace, newest year first; `null` while loading. */
export function useAssessmentList(): readonly Assessment[] | null {
  const database = useDatabase()
  const [assessments, setAssessments] = useState<readonly Assessment[] | null>(null)
  useEffect(() => {
    let cancelled = false
    void createAssessmentRepository(database)
      .list()
      .then((list) => {
        if (!cancelled) setAssessments(list)
      })
    return () => {
      cancelled = true
    }
  }, [database])
  return assessments
}

import type { Assessment } from '@core/assessment/assessment'
import { ok } from '@core/result'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import type { LiveRead } from '../../data/liveReadState'
import { useLiveRead } from '../../data/useLiveRead'

/** Every assessment in the workspace, newest year first, read again by itself after every change. */
export function useAssessmentList(): LiveRead<readonly Assessment[]> {
  const database = useDatabase()
  return useLiveRead(async () => ok(await createAssessmentRepository(database).list()), [database])
}

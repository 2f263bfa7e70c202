import { ok } from '@core/result'
import { createUnitFeedbackRepository, type UnitFeedback } from '@core/storage/unitFeedbackRepository'
import type { WorkbenchDatabase } from '@core/storage/database'
import { useLiveRead } from '../../data/useLiveRead'

/**
 * The appraisal rounds (feedback packages) opened for one revision of the unit's questionnaire,
 * live; empty while reading. The editor places the round panel by it: beside the questionnaire
 * while there is none, full width above it once a round is open.
 *
 * @example
 *   const rounds = useUnitRounds(repositories.database, submission.id)
 */
export function useUnitRounds(database: WorkbenchDatabase, submissionId: string): readonly UnitFeedback[] {
  const rounds = useLiveRead(
    async () => ok(await createUnitFeedbackRepository(database).list(submissionId)),
    [database, submissionId],
  )
  return rounds.status === 'ready' ? rounds.value : []
}

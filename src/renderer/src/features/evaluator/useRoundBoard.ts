import { useMemo } from 'react'
import { withRoundStates, type StatusBoard } from '@core/assessment/statusBoard'
import { ok } from '@core/result'
import { createFeedbackRoundRepository } from '@core/storage/feedbackRoundRepository'
import { createRoundResponseRepository, responseSummaries } from '@core/storage/roundResponseRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * Today as an ISO date in local time (`yyyy-MM-dd`): what a round's deadline is compared with.
 *
 * @example
 *   localIsoDay(new Date(2026, 4, 1)) // => '2026-05-01'
 */
export function localIsoDay(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The status board with each unit's appraisal-round state (`withRoundStates`), read live from the
 * rounds issued and the responses imported, so an import through the bulk panel or the round
 * panel shows at once; the board as it is while no round was issued (or still loading).
 */
export function useRoundBoard(view: AssessmentView): StatusBoard {
  const database = useDatabase()
  const assessmentId = view.workspace.assessment.id
  const rounds = useLiveRead(
    async () => ok(await createFeedbackRoundRepository(database).list(assessmentId)),
    [database, assessmentId],
  )
  const responses = useLiveRead(
    async () => ok(await createRoundResponseRepository(database).list(assessmentId)),
    [database, assessmentId],
  )
  return useMemo(
    () =>
      rounds.status !== 'ready'
        ? view.board
        : withRoundStates(view.board, {
            rounds: rounds.value,
            responses: responseSummaries(
              responses.status === 'ready' ? responses.value : [],
              view.workspace.appraisals,
            ),
            today: localIsoDay(),
          }),
    [rounds, responses, view.board, view.workspace.appraisals],
  )
}

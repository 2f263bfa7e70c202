import type { FeedbackRound } from '@core/assessment/feedbackRound'
import { err, ok, type Result } from '@core/result'
import { isAssessmentRow, writeAssessmentAudit } from './assessmentRows'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { classifyStorageError, type StorageFailure } from './storageError'

/** Why a round was not recorded. */
export type FeedbackRoundWriteFailure =
  | StorageFailure
  | { readonly code: 'not-found' }
  | { readonly code: 'assessment-published' }
  /** Another round was recorded since this one was numbered (another window): issue it again. */
  | { readonly code: 'round-number-taken'; readonly round: number }

export type FeedbackRoundRepository = {
  /** The assessment's rounds, by number. */
  list(assessmentId: string): Promise<readonly FeedbackRound[]>
  /** The number the next round gets (1 for the first). */
  nextRound(assessmentId: string): Promise<number>
  /** Records a round whose packages were written, with its audit entry (`round.issued`), in one transaction. */
  record(round: FeedbackRound): Promise<Result<FeedbackRound, FeedbackRoundWriteFailure>>
}

const roundsTable = (database: WorkbenchDatabase) =>
  database.table<FeedbackRound, [string, number]>('feedbackRounds')

/**
 * The evaluator's appraisal rounds (`feedbackRounds`, schema step 7): numbered per assessment
 * from 1; recording one checks that the assessment is open and that its number is still the next,
 * and logs it with the operator bound to the database.
 *
 * @example
 *   const rounds = createFeedbackRoundRepository(database)
 *   const round = await rounds.nextRound(assessmentId) // => 1
 */
export function createFeedbackRoundRepository(database: WorkbenchDatabase): FeedbackRoundRepository {
  const rounds = roundsTable(database)
  const list = async (assessmentId: string) =>
    (await rounds.where('assessmentId').equals(assessmentId).toArray()).sort((a, b) => a.round - b.round)
  const nextRound = async (assessmentId: string) =>
    (await list(assessmentId)).reduce((highest, round) => Math.max(highest, round.round), 0) + 1
  return {
    list,
    nextRound,
    record: (round) =>
      writeWithReopen(database, async () => {
        try {
          return await database.transaction(
            'rw',
            [database.assessments, database.auditLog, rounds],
            async (): Promise<Result<FeedbackRound, FeedbackRoundWriteFailure>> => {
              const row = await database.assessments.get(round.assessmentId)
              if (!isAssessmentRow(row)) return err({ code: 'not-found' })
              if (row.status === 'published') return err({ code: 'assessment-published' })
              if ((await nextRound(round.assessmentId)) !== round.round)
                return err({ code: 'round-number-taken', round: round.round })
              await rounds.add(round)
              await writeAssessmentAudit(database, round.assessmentId, round.issuedAt, {
                action: 'round.issued',
                detail: {
                  round: round.round,
                  deadline: round.deadline,
                  scope: round.scope,
                  units: round.packages.length,
                  attachments: round.attachments,
                },
              })
              return ok(round)
            },
          )
        } catch (error) {
          return err(classifyStorageError(error))
        }
      }),
  }
}

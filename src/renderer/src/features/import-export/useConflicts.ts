import { useCallback } from 'react'
import type { ConflictChoice } from '@core/import/importStore'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import { err, ok } from '@core/result'
import type { ReceivedScope, ReceivedSubmissionRepository } from '@core/storage/receivedSubmissionRepository'
import { useLiveRead } from '../../data/useLiveRead'
import { useOperator } from '../operator/OperatorProvider'

/** A version waiting for the evaluator's choice, with the version in force it conflicts with. */
export type ConflictPair = {
  readonly incoming: ReceivedSubmission
  readonly current: ReceivedSubmission | null
}

const NONE: readonly ConflictPair[] = []

/**
 * The conflicts of one framework version and year, kept current by a live read (every import and
 * every choice shows by itself); `resolve` applies a choice and says how it went.
 */
export function useConflicts(repository: ReceivedSubmissionRepository, scope: ReceivedScope | null) {
  const frameworkId = scope?.frameworkId ?? null
  const frameworkVersion = scope?.frameworkVersion ?? null
  const year = scope?.year ?? null
  const read = useLiveRead(async () => {
    if (frameworkId === null || frameworkVersion === null || year === null) return ok(NONE)
    const pending = await repository.listPending({ frameworkId, frameworkVersion, year })
    return ok(
      await Promise.all(
        pending.map(async (incoming): Promise<ConflictPair> => ({
          incoming,
          current: incoming.conflictWith === null ? null : await repository.get(incoming.conflictWith),
        })),
      ),
    )
  }, [repository, frameworkId, frameworkVersion, year])

  // Settling a conflict is logged with who did it: ask for the operator first when there is none.
  const requireOperator = useOperator().require
  const resolve = useCallback(
    async (pendingId: string, choice: ConflictChoice) =>
      (await requireOperator()) === null
        ? err({ code: 'operator-required' as const })
        : repository.resolveConflict(pendingId, choice, new Date().toISOString()),
    [repository, requireOperator],
  )
  return { pairs: read.status === 'ready' ? read.value : NONE, resolve }
}

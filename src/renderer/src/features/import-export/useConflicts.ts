import { useCallback, useEffect, useState } from 'react'
import type { ConflictChoice } from '@core/import/importStore'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import type { ReceivedScope, ReceivedSubmissionRepository } from '@core/storage/receivedSubmissionRepository'

/** A version waiting for the evaluator's choice, with the version in force it conflicts with. */
export type ConflictPair = {
  readonly incoming: ReceivedSubmission
  readonly current: ReceivedSubmission | null
}

/**
 * The conflicts of one framework version and year, reloaded after every import (`version` changes)
 * and after each choice; `resolve` applies a choice and says how it went.
 */
export function useConflicts(
  repository: ReceivedSubmissionRepository,
  scope: ReceivedScope | null,
  version: number,
) {
  const [pairs, setPairs] = useState<readonly ConflictPair[]>([])
  const [reloads, setReloads] = useState(0)
  const scopeKey = scope === null ? '' : `${scope.frameworkId}|${scope.frameworkVersion}|${scope.year}`

  useEffect(() => {
    if (scope === null) return
    let cancelled = false
    void (async () => {
      const pending = await repository.listPending(scope)
      const loaded = await Promise.all(
        pending.map(async (incoming) => ({
          incoming,
          current: incoming.conflictWith === null ? null : await repository.get(incoming.conflictWith),
        })),
      )
      if (!cancelled) setPairs(loaded)
    })()
    return () => {
      cancelled = true
    }
    // scopeKey stands for scope: the object may be rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, scopeKey, version, reloads])

  const resolve = useCallback(
    async (pendingId: string, choice: ConflictChoice) => {
      const result = await repository.resolveConflict(pendingId, choice, new Date().toISOString())
      setReloads((count) => count + 1)
      return result
    },
    [repository],
  )
  return { pairs: scope === null ? [] : pairs, resolve }
}

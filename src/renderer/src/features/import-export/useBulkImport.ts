import { randomUuid } from '@core/randomUuid'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { ValidFramework } from '@core/framework/validateFramework'
import { importProgress, type ImportProgress } from '@core/import/importProgress'
import type { FileOutcome, ImportBatch } from '@core/import/importTypes'
import { runImportBatch, type BatchFile } from '@core/import/runImportBatch'
import { batchResponseImporter, createRoundResponseRepository } from '@core/storage/roundResponseRepository'
import {
  createReceivedSubmissionRepository,
  type ReceivedSubmissionRepository,
} from '@core/storage/receivedSubmissionRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { createBrowserParsePool } from './browserParsePool'
import { forgetOrderlyExit, wasLeftInOrder, watchOrderlyExit } from './orderlyExit'

/** Where a bulk import stands: nothing yet, running, or done (to the end or stopped). */
export type BulkImportState =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'running' | 'finished' | 'stopped'
      readonly run: number
      readonly outcomes: readonly FileOutcome[]
      readonly progress: ImportProgress
    }

/** What to import into: the framework version and year, the units expected (others are refused), and the interrupted batch being resumed. */
export type ImportTarget = {
  readonly framework: ValidFramework
  readonly year: number
  readonly units?: ReadonlySet<string>
  readonly resume?: ImportBatch
  /** The assessment the batch runs in: the units' response packages (appraisal round) in it are imported into it. */
  readonly assessmentId?: string
}

const newBatch = (target: ImportTarget, total: number): ImportBatch =>
  target.resume === undefined
    ? {
        id: `batch-${Date.now()}-${randomUuid().slice(0, 8)}`,
        frameworkId: target.framework.id,
        frameworkVersion: target.framework.version,
        year: target.year,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        total,
      }
    : { ...target.resume, total: Math.max(target.resume.total, total) }

/**
 * Runs bulk imports over the open database: files parsed in two Web Workers with a time limit
 * each, committed one by one (`runImportBatch`) into the received submissions, with progress and
 * the outcome of every file as they come; in an assessment (`target.assessmentId`) the units'
 * response packages in the batch are imported as responses (`batchResponseImporter`). `stop()` ends the batch after the file being committed;
 * what was stored stays, and the batch can be resumed from its journal. Each file is marked in the
 * journal while a worker parses it; resuming a batch whose page died (crashed: no `pagehide`)
 * reports the files it left marked as `parse-interrupted` without parsing them again, while a
 * batch whose page was closed or reloaded (`watchOrderlyExit`) drops its marks and parses them.
 */
export function useBulkImport(onFinished?: () => void) {
  const database = useDatabase()
  const repository: ReceivedSubmissionRepository = useMemo(
    () => createReceivedSubmissionRepository(database),
    [database],
  )
  const [state, setState] = useState<BulkImportState>({ phase: 'idle' })
  const stopRequest = useRef<{ aborted: boolean } | null>(null)
  const runs = useRef(0)

  const start = useCallback(
    async (files: readonly BatchFile[], target: ImportTarget) => {
      const signal = { aborted: false }
      stopRequest.current = signal
      runs.current += 1
      const run = runs.current
      const outcomes: FileOutcome[] = []
      const clock = () => performance.now()
      const startedAt = clock()
      setState({ phase: 'running', run, outcomes, progress: importProgress([], files.length, 0) })
      const batch = newBatch(target, files.length)
      if (target.resume !== undefined && wasLeftInOrder(batch.id))
        await dropParsingMarks(repository, batch.id)
      forgetOrderlyExit(batch.id)
      const stopWatching = watchOrderlyExit(batch.id)
      const pool = createBrowserParsePool(target.framework, target.year)
      try {
        const result = await runImportBatch({
          batch,
          files,
          parse: pool.parse,
          store: repository,
          now: () => new Date(),
          clock,
          signal,
          ...(target.units === undefined ? {} : { knownUnits: target.units }),
          ...(target.assessmentId === undefined
            ? {}
            : {
                responses: batchResponseImporter(
                  createRoundResponseRepository(database),
                  target.assessmentId,
                ),
              }),
          onOutcome: (outcome, progress) => {
            outcomes.push(outcome)
            setState({ phase: 'running', run, outcomes: [...outcomes], progress })
          },
        })
        setState({
          phase: result.cancelled ? 'stopped' : 'finished',
          run,
          outcomes: result.outcomes,
          progress: importProgress(result.outcomes, files.length, clock() - startedAt),
        })
      } finally {
        stopWatching()
        pool.close()
        stopRequest.current = null
        onFinished?.()
      }
    },
    [database, repository, onFinished],
  )
  const stop = useCallback(() => {
    if (stopRequest.current !== null) stopRequest.current.aborted = true
  }, [])
  return { state, start, stop, repository }
}

/** The page of this batch was closed or reloaded, not lost: the files it was parsing are not suspects. */
async function dropParsingMarks(repository: ReceivedSubmissionRepository, batchId: string): Promise<void> {
  for (const mark of (await repository.parsingMarks?.(batchId)) ?? [])
    await repository.clearParsing?.(batchId, mark.fingerprint)
}

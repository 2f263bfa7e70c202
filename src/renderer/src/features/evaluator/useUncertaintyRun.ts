import { useCallback } from 'react'
import type { RankInterval, UncertaintyOptions } from '@core/assessment/runUncertainty'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { UncertaintyMessage, UncertaintyRequest } from './uncertaintyMessages'
import { useWorkerRun, type WorkerRunState } from './useWorkerRun'

type UncertaintyDone = {
  readonly intervals: readonly RankInterval[]
  readonly elapsedMs: number
  readonly replications: number
}

export type UncertaintyState = WorkerRunState<UncertaintyDone>

/** Runs the uncertainty analysis in a Web Worker, with progress; cancelling or leaving the screen stops it. */
export function useUncertaintyRun() {
  const { state, run: runWorker, cancel } = useWorkerRun<UncertaintyMessage, UncertaintyDone>()
  const run = useCallback(
    (framework: ValidFramework, units: readonly UnitAnswers[], options: UncertaintyOptions) => {
      const request: Omit<UncertaintyRequest, 'pauseMs'> = {
        framework: JSON.parse(JSON.stringify(framework)),
        units,
        options,
      }
      runWorker(() => new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' }), {
        request,
        total: (progress) => progress?.total ?? options.replications,
        phase: 'replications',
        finish: (message) => ({
          intervals: message.intervals,
          elapsedMs: message.elapsedMs,
          replications: options.replications,
        }),
      })
    },
    [runWorker],
  )
  return { state, run, cancel }
}

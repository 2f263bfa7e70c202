import { useCallback } from 'react'
import type { SensitivityOptions, SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { SensitivityMessage, SensitivityRequest } from './sensitivityMessages'
import { useWorkerRun, type WorkerRunState } from './useWorkerRun'

type SensitivityDone = { readonly result: SensitivityResult; readonly elapsedMs: number }

export type SensitivityRunState = WorkerRunState<SensitivityDone>

/** Runs the variance-based sensitivity analysis in a Web Worker, with progress; cancelling or leaving the screen stops it. */
export function useSensitivityRun() {
  const { state, run: runWorker, cancel } = useWorkerRun<SensitivityMessage, SensitivityDone>()
  const run = useCallback(
    (framework: ValidFramework, units: readonly UnitAnswers[], options: SensitivityOptions) => {
      const request: Omit<SensitivityRequest, 'pauseMs'> = {
        framework: JSON.parse(JSON.stringify(framework)),
        units,
        options,
      }
      // Counted on this side: the base runs and one per assumption, for each of the n samples.
      const total = options.n * (options.assumptions.length + 2)
      runWorker(() => new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' }), {
        request,
        total: () => total,
        phase: 'runs',
        finish: (message) => ({ result: message.result, elapsedMs: message.elapsedMs }),
      })
    },
    [runWorker],
  )
  return { state, run, cancel }
}

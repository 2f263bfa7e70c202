import { useCallback, useEffect, useRef, useState } from 'react'
import type { SensitivityOptions, SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { ProgressSample } from '@core/progress'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { nextProgress, type TaskProgress } from '../../ui/progress/taskProgress'
import { readAnalysisPause } from './analysisDiagnostics'
import type { SensitivityMessage, SensitivityRequest } from './sensitivityMessages'

export type SensitivityRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: TaskProgress }
  | { readonly status: 'done'; readonly result: SensitivityResult; readonly elapsedMs: number }
  | { readonly status: 'failed'; readonly code: string }

/** Runs the variance-based sensitivity analysis in a Web Worker, with progress; cancelling or leaving the screen stops it. */
export function useSensitivityRun() {
  const [state, setState] = useState<SensitivityRunState>({ status: 'idle' })
  const worker = useRef<Worker | null>(null)
  const stop = useCallback(() => {
    worker.current?.terminate()
    worker.current = null
  }, [])
  useEffect(() => stop, [stop])

  const run = useCallback(
    (framework: ValidFramework, units: readonly UnitAnswers[], options: SensitivityOptions) => {
      stop()
      const started = new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' })
      worker.current = started
      const samples: ProgressSample[] = [{ atMs: performance.now(), done: 0 }]
      const total = options.n * (options.assumptions.length + 2)
      const step = (done: number) => ({ done, total, phase: { name: 'runs', index: 0, count: 1 } })
      setState({ status: 'running', progress: nextProgress([...samples], step(0), performance.now()) })
      started.onmessage = (event: MessageEvent<SensitivityMessage>) => {
        const message = event.data
        if (message.type === 'progress')
          setState({
            status: 'running',
            progress: nextProgress(samples, step(message.done), performance.now()),
          })
        else {
          setState(
            message.type === 'done'
              ? { status: 'done', result: message.result, elapsedMs: message.elapsedMs }
              : { status: 'failed', code: message.code },
          )
          stop()
        }
      }
      started.onerror = () => {
        setState({ status: 'failed', code: 'worker-failed' })
        stop()
      }
      const pauseMs = readAnalysisPause()
      const request: SensitivityRequest = {
        framework: JSON.parse(JSON.stringify(framework)),
        units,
        options,
        ...(pauseMs === undefined ? {} : { pauseMs }),
      }
      started.postMessage(request)
    },
    [stop],
  )
  const cancel = useCallback(() => {
    stop()
    setState({ status: 'idle' })
  }, [stop])
  return { state, run, cancel }
}

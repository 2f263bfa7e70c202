import { useCallback, useEffect, useRef, useState } from 'react'
import type { RankInterval, UncertaintyOptions } from '@core/assessment/runUncertainty'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { ProgressSample } from '@core/progress'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { nextProgress, type TaskProgress } from '../../ui/progress/taskProgress'
import { readAnalysisPause } from './analysisDiagnostics'
import type { UncertaintyMessage, UncertaintyRequest } from './uncertaintyMessages'

export type UncertaintyState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: TaskProgress }
  | {
      readonly status: 'done'
      readonly intervals: readonly RankInterval[]
      readonly elapsedMs: number
      readonly replications: number
    }
  | { readonly status: 'failed'; readonly code: string }

/** Runs the uncertainty analysis in a Web Worker, with progress; cancelling or leaving the screen stops it. */
export function useUncertaintyRun() {
  const [state, setState] = useState<UncertaintyState>({ status: 'idle' })
  const worker = useRef<Worker | null>(null)
  const stop = useCallback(() => {
    worker.current?.terminate()
    worker.current = null
  }, [])
  useEffect(() => stop, [stop])

  const run = useCallback(
    (framework: ValidFramework, units: readonly UnitAnswers[], options: UncertaintyOptions) => {
      stop()
      const started = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' })
      worker.current = started
      const samples: ProgressSample[] = [{ atMs: performance.now(), done: 0 }]
      const step = (done: number, total: number) => ({
        done,
        total,
        phase: { name: 'replications', index: 0, count: 1 },
      })
      setState({
        status: 'running',
        progress: nextProgress([...samples], step(0, options.replications), performance.now()),
      })
      started.onmessage = (event: MessageEvent<UncertaintyMessage>) => {
        const message = event.data
        if (message.type === 'progress')
          setState({
            status: 'running',
            progress: nextProgress(samples, step(message.done, message.total), performance.now()),
          })
        else {
          setState(
            message.type === 'done'
              ? {
                  status: 'done',
                  intervals: message.intervals,
                  elapsedMs: message.elapsedMs,
                  replications: options.replications,
                }
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
      const request: UncertaintyRequest = {
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

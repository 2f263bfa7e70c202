import { useCallback, useEffect, useRef, useState } from 'react'
import type { RankInterval, UncertaintyOptions } from '@core/assessment/runUncertainty'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { UncertaintyMessage, UncertaintyRequest } from './uncertaintyMessages'

export type UncertaintyState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
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
      setState({ status: 'running', done: 0, total: options.replications })
      started.onmessage = (event: MessageEvent<UncertaintyMessage>) => {
        const message = event.data
        if (message.type === 'progress')
          setState({ status: 'running', done: message.done, total: message.total })
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
      const request: UncertaintyRequest = { framework: JSON.parse(JSON.stringify(framework)), units, options }
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

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProgressSample } from '@core/progress'
import { nextProgress, type TaskProgress } from '../../ui/progress/taskProgress'
import { readAnalysisPause } from './analysisDiagnostics'

/** What an analysis worker sends back: progress, its result, or the first problem's code. */
export type WorkerRunMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly elapsedMs: number }
  | { readonly type: 'failed'; readonly code: string }

/** The state of a run: `done` carries what `finish` made of the worker's result. */
export type WorkerRunState<TDone> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: TaskProgress }
  | ({ readonly status: 'done' } & TDone)
  | { readonly status: 'failed'; readonly code: string }

type Done<TMessage> = Extract<TMessage, { readonly type: 'done' }>

/** How one run goes: its request, how many steps it has, and what its result becomes. */
export type WorkerRunPlan<TMessage, TDone> = {
  readonly request: Record<string, unknown>
  /** The steps the bar counts; by default the worker's own total. */
  readonly total: (message?: Extract<TMessage, { readonly type: 'progress' }>) => number
  readonly phase: string
  readonly finish: (message: Done<TMessage>) => TDone
}

/**
 * Runs one analysis at a time in a Web Worker (the uncertainty and the sensitivity runs), with
 * progress and time left; a new run, cancelling or leaving the screen terminates the worker.
 * The caller creates the worker (`new Worker(new URL('./x.worker.ts', import.meta.url))` must stay
 * in its own file for the bundler to find it); the request gets the diagnostics pause, if set.
 *
 * @example
 *   const { state, run, cancel } = useWorkerRun<UncertaintyMessage, { intervals: readonly RankInterval[] }>()
 *   run(() => new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' }), plan)
 */
export function useWorkerRun<TMessage extends WorkerRunMessage, TDone>() {
  const [state, setState] = useState<WorkerRunState<TDone>>({ status: 'idle' })
  const worker = useRef<Worker | null>(null)
  const stop = useCallback(() => {
    worker.current?.terminate()
    worker.current = null
  }, [])
  useEffect(() => stop, [stop])

  const run = useCallback(
    (create: () => Worker, plan: WorkerRunPlan<TMessage, TDone>) => {
      stop()
      const started = create()
      worker.current = started
      const samples: ProgressSample[] = [{ atMs: performance.now(), done: 0 }]
      const step = (done: number, total: number) => ({
        done,
        total,
        phase: { name: plan.phase, index: 0, count: 1 },
      })
      setState({
        status: 'running',
        progress: nextProgress([...samples], step(0, plan.total()), performance.now()),
      })
      started.onmessage = (event: MessageEvent<TMessage>) => {
        const message = event.data
        if (message.type === 'progress') {
          const progress = message as Extract<TMessage, { readonly type: 'progress' }>
          setState({
            status: 'running',
            progress: nextProgress(samples, step(progress.done, plan.total(progress)), performance.now()),
          })
          return
        }
        setState(
          message.type === 'done'
            ? { status: 'done', ...plan.finish(message as Done<TMessage>) }
            : { status: 'failed', code: (message as { readonly code: string }).code },
        )
        stop()
      }
      started.onerror = () => {
        setState({ status: 'failed', code: 'worker-failed' })
        stop()
      }
      const pauseMs = readAnalysisPause()
      started.postMessage({ ...plan.request, ...(pauseMs === undefined ? {} : { pauseMs }) })
    },
    [stop],
  )
  const cancel = useCallback(() => {
    stop()
    setState({ status: 'idle' })
  }, [stop])
  return { state, run, cancel }
}

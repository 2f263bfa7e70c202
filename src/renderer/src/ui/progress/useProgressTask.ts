import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProgressOptions, ProgressSample, ProgressStep } from '@core/progress'
import { nextProgress, type TaskProgress } from './taskProgress'

/** Lets the browser paint and handle a click on "Huỷ" between two steps of a long operation. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Runs a long operation with a progress bar and a cancel button: `run(task)` hands the task a
 * signal and a progress callback (which yields to the event loop after each step, so the bar
 * moves even when the steps are synchronous); `cancel()` aborts the signal; leaving the screen
 * cancels too. `progress` is `null` when nothing runs.
 *
 * @example
 *   const task = useProgressTask()
 *   const bytes = await task.run((options) => writeResultsReport(input, options))
 *   // <ProgressBar progress={task.progress} label="…" onCancel={task.cancel} />
 */
export function useProgressTask() {
  const [progress, setProgress] = useState<TaskProgress | null>(null)
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(async <T>(task: (options: ProgressOptions) => Promise<T>): Promise<T> => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    const samples: ProgressSample[] = [{ atMs: performance.now(), done: 0 }]
    const first: ProgressStep = { done: 0, total: 0 }
    setProgress(nextProgress([...samples], first, samples[0]?.atMs ?? 0))
    const onProgress = async (step: ProgressStep) => {
      if (abort.signal.aborted) return
      setProgress(nextProgress(samples, step, performance.now()))
      await yieldToEventLoop()
    }
    try {
      await yieldToEventLoop()
      return await task({ signal: abort.signal, onProgress })
    } finally {
      if (controller.current === abort) {
        controller.current = null
        setProgress(null)
      }
    }
  }, [])

  const cancel = useCallback(() => {
    controller.current?.abort()
    setProgress((current) => (current === null ? null : { ...current, cancelling: true }))
  }, [])

  return { progress, run, cancel, running: progress !== null }
}

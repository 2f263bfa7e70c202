import type { ValidFramework } from '@core/framework/validateFramework'
import type { ParsedFile } from './importTypes'
import type { ParseOptions } from './parseWorkbookFile'
import type { ParseWorkerReply, ParseWorkerRequest } from './parseWorkerProtocol'
import type { FileParser } from './runImportBatch'

/** One worker as the pool drives it, whatever runs it (Web Worker, `worker_threads`, utility process). */
export type ParseWorkerHandle = {
  readonly post: (message: ParseWorkerRequest) => void
  readonly onReply: (listener: (reply: ParseWorkerReply) => void) => void
  /** The worker died (uncaught error, out of memory, exited); `cause` tells a heap cap reached. */
  readonly onFailure: (listener: (message: string, cause?: 'out-of-memory') => void) => void
  readonly terminate: () => void
}

/** Timers, injected: the pure core has no `setTimeout` of its own. */
export type PoolTimer = {
  readonly set: (callback: () => void, milliseconds: number) => unknown
  readonly clear: (handle: unknown) => void
}

export type ParsePoolOptions = {
  /** Workers running at once (2: both cores of the evaluators' machines). */
  readonly size: number
  readonly spawn: () => ParseWorkerHandle
  readonly framework: ValidFramework
  readonly options?: ParseOptions
  /** A file taking longer is refused (`parse-timeout`) and its worker replaced. */
  readonly timeoutMs: number
  readonly timer: PoolTimer
}

/** A pool's parser, and `close()` to stop its workers. */
export type ParsePool = { readonly parse: FileParser; readonly close: () => void }

type Job = {
  readonly id: number
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly beforeStart: (() => Promise<void>) | undefined
  readonly resolve: (parsed: ParsedFile) => void
}
type Slot = {
  handle: ParseWorkerHandle
  job: Job | null
  /** Whether the worker was handed its job (its `beforeStart` done). */
  posted: boolean
  timer: unknown
  alive: boolean
  ready: boolean
}

/**
 * Parses files in `size` isolated workers with a time limit each (reliability §1.5, §5.1: a
 * hostile file must not take the app down or hang the import). A file whose worker does not answer
 * in time, or dies, is refused (`parse-timeout`, `parse-crashed`, `parse-out-of-memory` when the
 * handle reports its heap cap reached); that worker is terminated and
 * replaced, and the queue goes on. Memory: each worker parses one file at a time, within the
 * bounds `readWorkbook` checks before exceljs runs. A file's `beforeStart` (its parsing mark, see
 * `runImportBatch`) is awaited when a worker takes the file, before the worker gets it and before
 * its time starts; files waiting in the queue are not marked.
 *
 * @example
 *   const pool = createParsePool({ size: 2, spawn, framework, timeoutMs: 10_000, timer })
 *   const result = await runImportBatch({ batch, files, parse: pool.parse, store, now })
 *   pool.close()
 */
export function createParsePool(options: ParsePoolOptions): ParsePool {
  const queue: Job[] = []
  const slots: Slot[] = []
  let nextId = 1
  let closed = false
  /** Workers that died before they were ready, in a row: a worker that cannot start is not restarted forever. */
  let failedStarts = 0

  const start = (): Slot => {
    const slot: Slot = {
      handle: options.spawn(),
      job: null,
      posted: false,
      timer: null,
      alive: true,
      ready: false,
    }
    slot.handle.onReply((reply) => {
      if (reply.type === 'ready') {
        slot.ready = true
        failedStarts = 0
        dispatch()
        return
      }
      if (slot.job === null || reply.id !== slot.job.id) return
      finish(slot, reply.parsed, false)
    })
    slot.handle.onFailure((message, cause) => {
      if (!slot.alive) return
      const job = slot.job
      if (job !== null && !slot.posted) {
        // The worker died before it got the file: the file goes back to the front of the queue.
        slot.job = null
        queue.unshift(job)
        replace(slot)
        dispatch()
        return
      }
      if (job !== null) {
        finish(
          slot,
          {
            status: 'rejected',
            fileName: job.fileName,
            fingerprint: '',
            issues: [
              cause === 'out-of-memory'
                ? { code: 'parse-out-of-memory' }
                : { code: 'parse-crashed', message: message.slice(0, 300) },
            ],
          },
          true,
        )
        return
      }
      if (!slot.ready) failedStarts += 1
      if (failedStarts >= 3) failEverything(message)
      else replace(slot)
    })
    slot.handle.post({ type: 'configure', framework: options.framework, options: options.options ?? {} })
    return slot
  }
  const replace = (slot: Slot): void => {
    slot.alive = false
    slot.handle.terminate()
    const index = slots.indexOf(slot)
    if (index >= 0 && !closed) slots[index] = start()
  }
  const finish = (slot: Slot, parsed: ParsedFile, isBroken: boolean): void => {
    const job = slot.job
    options.timer.clear(slot.timer)
    slot.job = null
    if (isBroken) replace(slot)
    job?.resolve(parsed)
    dispatch()
  }
  const dispatch = (): void => {
    for (const slot of slots) {
      if (closed || queue.length === 0) return
      if (slot.job !== null || !slot.alive || !slot.ready) continue
      const job = queue.shift() as Job
      slot.job = job
      slot.posted = false
      if (job.beforeStart === undefined) begin(slot, job)
      else {
        const go = () => begin(slot, job)
        job.beforeStart().then(go, go)
      }
    }
  }
  /** Hands a job to its slot's worker and starts its time, unless the slot moved on meanwhile. */
  const begin = (slot: Slot, job: Job): void => {
    if (closed || !slot.alive || slot.job !== job) return
    slot.posted = true
    slot.timer = options.timer.set(() => {
      if (slot.job !== job) return
      const seconds = Math.round(options.timeoutMs / 100) / 10
      finish(
        slot,
        {
          status: 'rejected',
          fileName: job.fileName,
          fingerprint: '',
          issues: [{ code: 'parse-timeout', seconds }],
        },
        true,
      )
    }, options.timeoutMs)
    slot.handle.post({ type: 'parse', id: job.id, fileName: job.fileName, bytes: job.bytes })
  }
  const stopAll = (message: string): void => {
    closed = true
    const stopped = (fileName: string): ParsedFile => ({
      status: 'rejected',
      fileName,
      fingerprint: '',
      issues: [{ code: 'parse-crashed', message }],
    })
    for (const slot of slots) {
      slot.alive = false
      options.timer.clear(slot.timer)
      slot.handle.terminate()
      slot.job?.resolve(stopped(slot.job.fileName))
      slot.job = null
    }
    for (const job of queue.splice(0)) job.resolve(stopped(job.fileName))
  }
  const failEverything = (message: string): void =>
    stopAll(`the parse worker cannot start: ${message}`.slice(0, 300))
  for (let index = 0; index < Math.max(1, options.size); index += 1) slots.push(start())

  return {
    parse: (file) =>
      new Promise<ParsedFile>((resolve) => {
        if (closed) {
          resolve({
            status: 'rejected',
            fileName: file.fileName,
            fingerprint: '',
            issues: [{ code: 'parse-crashed', message: 'import stopped' }],
          })
          return
        }
        queue.push({
          id: nextId++,
          fileName: file.fileName,
          bytes: file.bytes,
          beforeStart: file.beforeStart,
          resolve,
        })
        dispatch()
      }),
    close: () => stopAll('import stopped'),
  }
}

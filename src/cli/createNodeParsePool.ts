import { join } from 'node:path'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { ValidFramework } from '@core/framework/validateFramework'
import { createParsePool, type ParsePool, type ParseWorkerHandle } from '@core/import/createParsePool'
import type { ParseOptions } from '@core/import/parseWorkbookFile'
import type { ParseWorkerReply } from '@core/import/parseWorkerProtocol'

/** A file not parsed in this time is refused (`parse-timeout`) and its worker replaced, as in the app. */
export const PARSE_TIMEOUT_MS = 10_000
/** The parse worker's old-generation heap cap: a file that needs more is refused (`parse-out-of-memory`). */
export const PARSE_HEAP_MB = 512

export type NodeParsePoolOptions = {
  readonly framework: ValidFramework
  readonly options: ParseOptions
  /** The worker's script; default `parseWorker.cjs` beside the running bundle (out/cli). */
  readonly workerPath?: string
  readonly timeoutMs?: number
  readonly heapMb?: number
}

/** The worker script beside the running bundle (`out/cli/index.cjs` → `out/cli/parseWorker.cjs`). */
export function defaultParseWorkerPath(): string {
  return join(__dirname, 'parseWorker.cjs')
}

/**
 * `ictwb import`'s parser: one `worker_threads` worker (files are parsed one at a time, so a run
 * left unfinished points at one file) running the core parse protocol, with the app's time limit
 * and a heap cap. A file that takes too long, fills the heap or kills the worker is refused
 * (`parse-timeout`, `parse-out-of-memory`, `parse-crashed`), the worker is replaced, and the next
 * file goes on. `close()` stops the worker (it keeps the process alive otherwise).
 *
 * @example
 *   const pool = createNodeParsePool({ framework, options: { year: 2025 } })
 *   const parsed = await pool.parse({ fileName: 'SNV.xlsx', bytes })
 *   pool.close()
 */
export function createNodeParsePool(options: NodeParsePoolOptions): ParsePool {
  const workerPath = options.workerPath ?? defaultParseWorkerPath()
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: options.heapMb ?? PARSE_HEAP_MB }
  return createParsePool({
    size: 1,
    spawn: () => spawnParseWorker(workerPath, resourceLimits),
    framework: options.framework,
    options: options.options,
    timeoutMs: options.timeoutMs ?? PARSE_TIMEOUT_MS,
    timer: {
      set: (callback, milliseconds) => setTimeout(callback, milliseconds),
      clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
  })
}

function spawnParseWorker(workerPath: string, resourceLimits: ResourceLimits): ParseWorkerHandle {
  const worker = new Worker(workerPath, { resourceLimits, stdout: false, stderr: false })
  return {
    post: (message) => {
      // Hand the file's bytes over instead of copying them when the buffer holds nothing else.
      const bytes = message.type === 'parse' ? message.bytes : null
      const transfer =
        bytes !== null &&
        bytes.byteOffset === 0 &&
        bytes.byteLength === bytes.buffer.byteLength &&
        bytes.buffer instanceof ArrayBuffer
          ? [bytes.buffer]
          : []
      worker.postMessage(message, transfer)
    },
    onReply: (listener) => void worker.on('message', (reply: ParseWorkerReply) => listener(reply)),
    onFailure: (listener) => {
      worker.on('error', (error: Error & { code?: string }) =>
        listener(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : undefined),
      )
      worker.on('messageerror', () => listener('unreadable worker message'))
      worker.on('exit', (code) => listener(`the parse worker stopped (exit code ${code})`))
    },
    terminate: () => void worker.terminate(),
  }
}

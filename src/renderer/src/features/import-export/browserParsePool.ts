import type { ValidFramework } from '@core/framework/validateFramework'
import { createParsePool, type ParsePool, type ParseWorkerHandle } from '@core/import/createParsePool'
import type { ParseWorkerReply } from '@core/import/parseWorkerProtocol'
import { readParseDiagnostics, type ParseWorkerDiagnostics } from './parseDiagnostics'
import { workerFailureCause } from './workerFailureCause'

/** Two workers: the evaluators' machines have two cores, and the page keeps one thread for itself. */
export const PARSE_WORKERS = 2
/** A workbook not parsed in this time is refused and its worker replaced (reliability §5.1: ≤ 10 s). */
export const PARSE_TIMEOUT_MS = 10_000

function spawnParseWorker(hangOn: string | undefined): ParseWorkerHandle {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })
  return {
    post: (message) => {
      if (message.type === 'configure' && hangOn !== undefined) {
        const diagnostics: ParseWorkerDiagnostics = { hangOn }
        worker.postMessage({ ...message, diagnostics })
        return
      }
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
    onReply: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<ParseWorkerReply>) => listener(event.data)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => {
        // Handled here: the failure becomes the file's outcome, not an uncaught page error.
        event.preventDefault()
        const message = event.message || 'worker error'
        listener(message, workerFailureCause(message))
      })
      worker.addEventListener('messageerror', () => listener('unreadable worker message'))
    },
    terminate: () => worker.terminate(),
  }
}

/**
 * The browser edition's parse pool: Web Workers running `parse.worker.ts`, each file within
 * `PARSE_TIMEOUT_MS`: a worker that takes longer is terminated (`worker.terminate()`), its file
 * refused as `parse-timeout` and a fresh worker takes its place; a worker that dies refuses its
 * file as `parse-out-of-memory` (a failed allocation) or `parse-crashed`. The parse diagnostics
 * (`readParseDiagnostics`: a shorter limit, a file that hangs) apply when set. (The desktop app
 * would rather parse in an Electron utility process with a heap cap, reliability §1.5; until main
 * offers one, it uses the same Web Workers.)
 *
 * @example
 *   const pool = createBrowserParsePool(framework, 2025)
 */
export function createBrowserParsePool(framework: ValidFramework, year: number | undefined): ParsePool {
  const diagnostics = readParseDiagnostics()
  return createParsePool({
    size: PARSE_WORKERS,
    spawn: () => spawnParseWorker(diagnostics.hangOn),
    framework,
    options: year === undefined ? {} : { year },
    timeoutMs: diagnostics.timeoutMs ?? PARSE_TIMEOUT_MS,
    timer: {
      set: (callback, milliseconds) => window.setTimeout(callback, milliseconds),
      clear: (handle) => window.clearTimeout(handle as number),
    },
  })
}

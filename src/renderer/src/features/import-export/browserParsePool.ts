import type { ValidFramework } from '@core/framework/validateFramework'
import { createParsePool, type ParsePool, type ParseWorkerHandle } from '@core/import/createParsePool'
import type { ParseWorkerReply } from '@core/import/parseWorkerProtocol'

/** Two workers: the evaluators' machines have two cores, and the page keeps one thread for itself. */
export const PARSE_WORKERS = 2
/** A workbook not parsed in this time is refused and its worker replaced (reliability §5.1: ≤ 10 s). */
export const PARSE_TIMEOUT_MS = 10_000

function spawnParseWorker(): ParseWorkerHandle {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })
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
    onReply: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<ParseWorkerReply>) => listener(event.data)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => listener(event.message || 'worker error'))
      worker.addEventListener('messageerror', () => listener('unreadable worker message'))
    },
    terminate: () => worker.terminate(),
  }
}

/**
 * The browser edition's parse pool: Web Workers running `parse.worker.ts`, each file within
 * `PARSE_TIMEOUT_MS`. (The desktop app would rather parse in an Electron utility process with a
 * heap cap, reliability §1.5; until main offers one, it uses the same Web Workers.)
 *
 * @example
 *   const pool = createBrowserParsePool(framework, 2025)
 */
export function createBrowserParsePool(framework: ValidFramework, year: number | undefined): ParsePool {
  return createParsePool({
    size: PARSE_WORKERS,
    spawn: spawnParseWorker,
    framework,
    options: year === undefined ? {} : { year },
    timeoutMs: PARSE_TIMEOUT_MS,
    timer: {
      set: (callback, milliseconds) => window.setTimeout(callback, milliseconds),
      clear: (handle) => window.clearTimeout(handle as number),
    },
  })
}

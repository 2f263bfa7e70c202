import type { WorkbookReadHost } from '@core/excel/xlsx/readWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { ParsedFile } from './importTypes'
import { parseWorkbookFile, type ParseOptions } from './parseWorkbookFile'

/** What a parse worker is asked: the framework of the batch (once), then files. */
export type ParseWorkerRequest =
  | { readonly type: 'configure'; readonly framework: ValidFramework; readonly options: ParseOptions }
  | { readonly type: 'parse'; readonly id: number; readonly fileName: string; readonly bytes: Uint8Array }

/** What a parse worker answers: ready once configured (its start-up is not counted in a file's time limit), then each file by request id. */
export type ParseWorkerReply =
  { readonly type: 'ready' } | { readonly type: 'parsed'; readonly id: number; readonly parsed: ParsedFile }

/** The two ends of a worker's message channel, as the worker sees them (Web Worker `self`, Node `parentPort`). */
export type WorkerEndpoint = {
  readonly onMessage: (listener: (message: ParseWorkerRequest) => void) => void
  readonly postMessage: (message: ParseWorkerReply) => void
}

/**
 * The body of every parse worker (a Web Worker in the browser edition, a `worker_threads` worker in
 * Node, an Electron utility process later): it keeps the framework it was configured with and
 * answers each file with `parseWorkbookFile`, one at a time. The framework travels as plain data
 * (structured clone) and was validated by the sender.
 *
 * @example
 *   // parseWorker.ts (renderer): serveParseRequests({ onMessage: (listener) => self.addEventListener('message', (event) => listener(event.data)), postMessage: (reply) => self.postMessage(reply) })
 */
export function serveParseRequests(endpoint: WorkerEndpoint, host: WorkbookReadHost = {}): void {
  let configured: { readonly framework: ValidFramework; readonly options: ParseOptions } | null = null
  let queue = Promise.resolve()
  endpoint.onMessage((message) => {
    if (message.type === 'configure') {
      configured = { framework: message.framework, options: message.options }
      endpoint.postMessage({ type: 'ready' })
      return
    }
    queue = queue.then(async () => {
      const parsed: ParsedFile =
        configured === null
          ? {
              status: 'rejected',
              fileName: message.fileName,
              fingerprint: '',
              issues: [{ code: 'parse-crashed', message: 'worker not configured' }],
            }
          : await parseWorkbookFile(
              { fileName: message.fileName, bytes: message.bytes },
              configured.framework,
              configured.options,
              host,
            )
      endpoint.postMessage({ type: 'parsed', id: message.id, parsed })
    })
  })
}

// The parse worker of `ictwb import` (bundled to out/cli/parseWorker.cjs): the bulk import's worker
// protocol on worker_threads' port, as the app's Web Workers and the benchmark's Node workers run it.
import { parentPort } from 'node:worker_threads'
import { nodeReadHost } from './nodeReadHost'
import { serveParseRequests, type ParseWorkerRequest } from '@core/import/parseWorkerProtocol'

const port = parentPort
if (port !== null) {
  serveParseRequests(
    {
      onMessage: (listener) => void port.on('message', (message: ParseWorkerRequest) => listener(message)),
      postMessage: (reply) => port.postMessage(reply),
    },
    nodeReadHost,
  )
}

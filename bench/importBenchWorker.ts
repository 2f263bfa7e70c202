// The Node parse worker of the import benchmark: the bulk import's worker protocol on
// worker_threads' port (the browser edition runs the same protocol in Web Workers).
import { parentPort } from 'node:worker_threads'
import { nodeReadHost } from '../src/cli/nodeReadHost'
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

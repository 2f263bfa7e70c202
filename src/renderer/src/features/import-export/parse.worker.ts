// A parse worker of the bulk import (two run at once): reads one workbook at a time off the main
// thread, with the guarded xlsx reader and the questionnaire codec. The framework arrives as plain
// data and is validated again here. The pool on the page enforces the time limit per file.
import { loadFramework } from '@core/framework/loadFramework'
import {
  serveParseRequests,
  type ParseWorkerReply,
  type ParseWorkerRequest,
} from '@core/import/parseWorkerProtocol'

const scope = self as unknown as {
  postMessage(message: ParseWorkerReply): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseWorkerRequest>) => void): void
}

serveParseRequests({
  onMessage: (listener) =>
    scope.addEventListener('message', (event) => {
      const message = event.data
      if (message.type !== 'configure') return listener(message)
      const loaded = loadFramework(message.framework)
      listener(loaded.ok ? { ...message, framework: loaded.value } : message)
    }),
  postMessage: (reply) => scope.postMessage(reply),
})

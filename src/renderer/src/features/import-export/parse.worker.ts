// A parse worker of the bulk import (two run at once): reads one workbook at a time off the main
// thread, with the guarded xlsx reader and the questionnaire codec. The framework arrives as plain
// data and is validated again here. The pool on the page enforces the time limit per file and
// terminates a worker that exceeds it.
import { loadFramework } from '@core/framework/loadFramework'
import {
  serveParseRequests,
  type ParseWorkerReply,
  type ParseWorkerRequest,
} from '@core/import/parseWorkerProtocol'
import { isHangingFile, type ParseWorkerDiagnostics } from './parseDiagnostics'

type IncomingMessage = ParseWorkerRequest & { readonly diagnostics?: ParseWorkerDiagnostics }

const scope = self as unknown as {
  postMessage(message: ParseWorkerReply): void
  addEventListener(type: 'message', listener: (event: MessageEvent<IncomingMessage>) => void): void
}

/** The parse diagnostics' file to hang on (`readParseDiagnostics`), when the page set one. */
let hangOn: string | null = null

serveParseRequests({
  onMessage: (listener) =>
    scope.addEventListener('message', (event) => {
      const { diagnostics, ...message } = event.data
      if (message.type === 'parse') {
        // Diagnostics only: spin like a pathological workbook would; only terminate() ends this.
        if (hangOn !== null && isHangingFile(message.fileName, hangOn)) for (;;);
        return listener(message)
      }
      hangOn = diagnostics?.hangOn ?? null
      const loaded = loadFramework(message.framework)
      listener(loaded.ok ? { ...message, framework: loaded.value } : message)
    }),
  postMessage: (reply) => scope.postMessage(reply),
})

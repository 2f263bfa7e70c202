// Runs the Monte Carlo uncertainty analysis off the main thread so the interface stays responsive;
// reports progress as it goes. The framework arrives as plain JSON and is validated again here.
import { runUncertainty } from '@core/assessment/runUncertainty'
import { loadFramework } from '@core/framework/loadFramework'
import { pauseWorker } from './analysisDiagnostics'
import type { UncertaintyRequest, UncertaintyMessage } from './uncertaintyMessages'

const scope = self as unknown as {
  postMessage(message: UncertaintyMessage): void
  onmessage: ((event: MessageEvent<UncertaintyRequest>) => void) | null
}

scope.onmessage = (event) => {
  const { framework, units, options, pauseMs } = event.data
  const loaded = loadFramework(framework)
  if (!loaded.ok) {
    scope.postMessage({ type: 'failed', code: 'framework-invalid' })
    return
  }
  const started = performance.now()
  const intervals = runUncertainty(loaded.value, units, options, (done, total) => {
    scope.postMessage({ type: 'progress', done, total })
    pauseWorker(pauseMs)
  })
  scope.postMessage({ type: 'done', intervals, elapsedMs: performance.now() - started })
}

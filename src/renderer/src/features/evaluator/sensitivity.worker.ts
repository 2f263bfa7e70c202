// Runs the variance-based sensitivity analysis off the main thread so the interface stays
// responsive; reports progress as it goes. The framework arrives as plain JSON and is validated again here.
import { runSensitivity } from '@core/assessment/sensitivity/runSensitivity'
import { loadFramework } from '@core/framework/loadFramework'
import { pauseWorker } from './analysisDiagnostics'
import type { SensitivityMessage, SensitivityRequest } from './sensitivityMessages'

const scope = self as unknown as {
  postMessage(message: SensitivityMessage): void
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null
}

scope.onmessage = (event) => {
  const { framework, units, options, pauseMs } = event.data
  const loaded = loadFramework(framework)
  if (!loaded.ok) {
    scope.postMessage({ type: 'failed', code: 'framework-invalid' })
    return
  }
  const started = performance.now()
  const result = runSensitivity(loaded.value, units, options, (done, total) => {
    scope.postMessage({ type: 'progress', done, total })
    pauseWorker(pauseMs)
  })
  scope.postMessage(
    result.ok
      ? { type: 'done', result: result.value, elapsedMs: performance.now() - started }
      : { type: 'failed', code: result.error[0]?.code ?? 'failed' },
  )
}

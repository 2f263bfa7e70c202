/**
 * Throws during render. Mounted only when the diagnostics flag is set in local storage, so that
 * support staff and the end-to-end tests can check that the error boundary keeps the app usable.
 */
export function DiagnosticCrash(): never {
  throw new Error('Diagnostic crash requested')
}

export const isDiagnosticCrashRequested = (): boolean => {
  try {
    return (
      window.localStorage.getItem('ictwb.diagnostics') === 'crash' && window.location.hash.includes('crash')
    )
  } catch {
    return false
  }
}

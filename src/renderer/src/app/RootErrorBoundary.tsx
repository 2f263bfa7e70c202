import { Component, type ErrorInfo, type ReactNode } from 'react'
import i18next from 'i18next'

type State = { readonly error: Error | null }

/**
 * Catches a crash anywhere below it and shows a plain message instead of a blank window.
 * Stored data is never touched here: the database lives outside React, and a reload reopens it.
 */
export class RootErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Screen crashed; data is kept', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <main className="crash" role="alert">
        <h1>{i18next.t('errors.boundary.title')}</h1>
        <p>{i18next.t('errors.boundary.body')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {i18next.t('errors.boundary.reload')}
        </button>
        <details>
          <summary>{i18next.t('errors.boundary.details')}</summary>
          <pre>{`${error.name}: ${error.message}`}</pre>
        </details>
      </main>
    )
  }
}

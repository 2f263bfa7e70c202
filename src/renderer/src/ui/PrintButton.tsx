import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeIssue } from '../i18n/describeIssue'
import { getPlatform } from '../platform/getPlatform'

/**
 * What part of a screen prints: `data-printing` on the root element while printing lets the print
 * stylesheet leave out the rest (the ranking without the open explanation, or the explanation alone).
 */
export type PrintScope = 'ranking' | 'explanation' | 'comparison' | 'guide'

type PrintState =
  | { readonly status: 'idle' | 'working' | 'cancelled' }
  | { readonly status: 'saved'; readonly savedTo: string }
  | {
      readonly status: 'failed'
      readonly issue: { readonly code: string } & Readonly<Record<string, unknown>>
    }

/**
 * "In / Xuất PDF": in the desktop app, main prints the screen to an A4 PDF saved where the user
 * chooses; in the browser, the browser's print dialog opens (print, or save as PDF). The print
 * stylesheet (`print.css`) leaves out navigation and buttons and keeps tables whole.
 */
export function PrintButton({
  scope,
  suggestedName,
  landscape,
}: {
  readonly scope: PrintScope
  readonly suggestedName: string
  readonly landscape: boolean
}) {
  const { t } = useTranslation()
  const [state, setState] = useState<PrintState>({ status: 'idle' })
  const isDesktop = getPlatform().runtime === 'desktop'
  const print = async () => {
    setState({ status: 'working' })
    const root = document.documentElement
    root.dataset['printing'] = scope
    try {
      const printed = await getPlatform().printPage({ suggestedName, landscape })
      if (!printed.ok) setState({ status: 'failed', issue: printed.error })
      else if (printed.value === null) setState({ status: 'cancelled' })
      else if ('savedTo' in printed.value) setState({ status: 'saved', savedTo: printed.value.savedTo })
      else setState({ status: 'idle' })
    } finally {
      delete root.dataset['printing']
    }
  }
  return (
    <span className="print-action">
      <button
        type="button"
        className="button"
        disabled={state.status === 'working'}
        onClick={() => void print()}
        data-print-scope={scope}
      >
        {t(isDesktop ? 'print.pdf' : 'print.browser')}
      </button>
      <span role="status" className="help">
        {state.status === 'working' && t('print.working')}
        {state.status === 'saved' && t('print.saved', { savedTo: state.savedTo })}
        {state.status === 'cancelled' && t('print.cancelled')}
      </span>
      {state.status === 'failed' && (
        <span role="alert" className="issue-list">
          {describeIssue(t, state.issue)}
        </span>
      )}
    </span>
  )
}

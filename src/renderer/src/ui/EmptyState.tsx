import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type EmptyStateProps = {
  readonly heading: string
  readonly body: string
  readonly steps: readonly string[]
  readonly children?: ReactNode
}

/** A screen with nothing in it yet: says what the user can do here and how to begin. */
export function EmptyState({ heading, body, steps, children }: EmptyStateProps) {
  const { t } = useTranslation()
  return (
    <section className="empty-state" aria-labelledby="empty-state-heading">
      <h2 id="empty-state-heading">{heading}</h2>
      <p>{body}</p>
      <h3>{t('common.nextSteps')}</h3>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {children}
    </section>
  )
}

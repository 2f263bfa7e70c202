import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { ConflictChoice } from '@core/import/importStore'
import { ConflictCompare } from './ConflictCompare'
import type { ConflictPair } from './useConflicts'

type ConflictListProps = {
  readonly framework: ValidFramework
  readonly pairs: readonly ConflictPair[]
  readonly onResolve: (
    pendingId: string,
    choice: ConflictChoice,
  ) => Promise<{ readonly ok: boolean; readonly error?: { readonly code: string } }>
}

/** Units that sent another version: compare side by side, then keep the version in use or take the new one. */
export function ConflictList({ framework, pairs, onResolve }: ConflictListProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  if (pairs.length === 0)
    return message === '' ? null : (
      <p role="status" className="help">
        {message}
      </p>
    )
  const choose = async (pair: ConflictPair, choice: ConflictChoice) => {
    const result = await onResolve(pair.incoming.id, choice)
    const unit = `${pair.incoming.unitCode} · ${pair.incoming.unitName}`
    setMessage(
      result.ok
        ? t(
            choice === 'keep-current'
              ? 'importExport.conflict.keptCurrent'
              : 'importExport.conflict.tookIncoming',
            { unit },
          )
        : result.error?.code === 'operator-required'
          ? t('operator.required')
          : t('importExport.conflict.failed', { code: result.error?.code ?? '' }),
    )
    setOpen(null)
  }
  return (
    <section className="import-conflicts" aria-labelledby="import-conflicts-heading">
      <h3 id="import-conflicts-heading">{t('importExport.conflict.heading', { count: pairs.length })}</h3>
      <p className="help">{t('importExport.conflict.intro')}</p>
      <p role="status" className="help">
        {message}
      </p>
      <ul className="conflict-items">
        {pairs.map((pair) => {
          const unit = `${pair.incoming.unitCode} · ${pair.incoming.unitName}`
          const isOpen = open === pair.incoming.id
          return (
            <li key={pair.incoming.id} className="conflict-item">
              <div className="import-toolbar">
                <strong>{unit}</strong>
                <span className="help">{pair.incoming.source.fileName}</span>
                <button
                  type="button"
                  className="button"
                  aria-expanded={isOpen}
                  onClick={() => setOpen(isOpen ? null : pair.incoming.id)}
                >
                  {isOpen
                    ? t('importExport.conflict.hide')
                    : t('importExport.conflict.compare', { unit: pair.incoming.unitCode })}
                </button>
                <button type="button" className="button" onClick={() => void choose(pair, 'keep-current')}>
                  {t('importExport.conflict.keepCurrent')}
                </button>
                <button
                  type="button"
                  className="button primary"
                  onClick={() => void choose(pair, 'take-incoming')}
                >
                  {t('importExport.conflict.takeIncoming')}
                </button>
              </div>
              {isOpen && (
                <ConflictCompare framework={framework} current={pair.current} incoming={pair.incoming} />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

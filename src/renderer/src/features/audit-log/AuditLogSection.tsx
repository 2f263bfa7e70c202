import { useTranslation } from 'react-i18next'
import { ReadFailure } from '../../ui/ReadFailure'
import { describeChainBreak } from './describeChainBreak'
import { useAuditChain } from './useAuditChain'

/** Settings: how many entries the audit log holds and whether its chain is intact. */
export function AuditLogSection() {
  const { t } = useTranslation()
  const chain = useAuditChain()
  return (
    <section className="panel" aria-labelledby="settings-audit-log">
      <h2 id="settings-audit-log">{t('auditLog.settings.heading')}</h2>
      <p className="help">{t('auditLog.settings.help')}</p>
      {chain.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {chain.status === 'error' && <ReadFailure error={chain.error} />}
      {chain.status === 'ready' && (
        <>
          <p
            data-testid="audit-chain-status"
            className={chain.value.broken === null ? 'chain-intact' : 'chain-broken'}
          >
            {chain.value.broken === null
              ? t('auditLog.settings.intact', { count: chain.value.total })
              : t('auditLog.settings.broken', { count: chain.value.total })}
          </p>
          {chain.value.broken !== null && <p role="alert">{describeChainBreak(t, chain.value)}</p>}
          {chain.value.olderEntries > 0 && (
            <p>{t('auditLog.settings.older', { count: chain.value.olderEntries })}</p>
          )}
        </>
      )}
    </section>
  )
}

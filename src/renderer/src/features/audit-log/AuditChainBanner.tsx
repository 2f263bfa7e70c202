import { useTranslation } from 'react-i18next'
import { describeChainBreak } from './describeChainBreak'
import { useAuditChain } from './useAuditChain'

/** A prominent warning when the audit log's chain is broken, naming the first broken entry; nothing otherwise. */
export function AuditChainBanner() {
  const { t } = useTranslation()
  const chain = useAuditChain()
  if (chain.status !== 'ready' || chain.value.broken === null) return null
  return (
    <div className="audit-chain-banner" role="alert" data-testid="audit-chain-banner">
      <strong>{t('auditLog.banner.title')}</strong>
      <p>{describeChainBreak(t, chain.value)}</p>
      <p>{t('auditLog.banner.advice')}</p>
    </div>
  )
}

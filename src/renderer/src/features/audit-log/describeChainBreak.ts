import type { TFunction } from 'i18next'
import type { AuditLogCheck } from '@core/storage/auditLogRepository'
import { formatDateTime } from '../../i18n/format'

/** The first broken entry in words: its number, time and action as it claims them, and why it breaks. */
export function describeChainBreak(t: TFunction, check: AuditLogCheck): string {
  if (check.broken === null) return ''
  const entry = check.brokenEntry
  const at =
    typeof entry?.at === 'string' && !Number.isNaN(Date.parse(entry.at)) ? formatDateTime(entry.at) : '—'
  return t('auditLog.break.entry', {
    seq: check.broken.seq ?? check.broken.index + 1,
    at,
    action: typeof entry?.action === 'string' ? entry.action : '—',
    reason: t(`auditLog.break.reason.${check.broken.reason}`),
  })
}

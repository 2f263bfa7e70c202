import type { TFunction } from 'i18next'
import type { AuditOperator } from '@core/audit/auditOperator'

/**
 * Who acted, in words: "Nguyễn Văn An (Chuyên viên)", with the mode when asked ("… · Đánh giá");
 * an entry without a name says so instead of leaving a blank.
 */
export function describeOperator(t: TFunction, operator: AuditOperator | null, withMode = true): string {
  if (operator === null || operator.name === null)
    return operator === null
      ? t('operator.unknown')
      : t('operator.unnamed', { mode: t(`nav.${operator.mode}`) })
  const person =
    operator.position === undefined
      ? operator.name
      : t('operator.withPosition', { name: operator.name, position: operator.position })
  return withMode ? t('operator.inMode', { person, mode: t(`nav.${operator.mode}`) }) : person
}

import { useTranslation } from 'react-i18next'
import { describeOperator } from './describeOperator'
import { useOperator } from './OperatorProvider'

/** The header's "who is working": the current mode's operator and a button to change it. */
export function OperatorBadge() {
  const { t } = useTranslation()
  const { mode, operator, change } = useOperator()
  const name = operator === null ? t('operator.badge.none') : describeOperator(t, operator, false)
  return (
    <div className="operator-badge" data-testid="operator-badge">
      <div className="operator-badge-text">
        <span className="operator-badge-label">{t('operator.badge.label', { mode: t(`nav.${mode}`) })}</span>{' '}
        <strong className="operator-badge-name" title={name}>
          {name}
        </strong>
      </div>
      <button type="button" className="button small" onClick={change}>
        {operator === null ? t('operator.badge.set') : t('operator.badge.change')}
      </button>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** The unit mode; until there is work to show, it explains what can be done here. */
export function UnitModePage() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('unit.title')}</h1>
      <EmptyState
        heading={t('unit.empty.heading')}
        body={t('unit.empty.body')}
        steps={(['framework', 'profile', 'fill'] as const).map((step) => t(`unit.empty.steps.${step}`))}
      />
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** The manager mode; until there is work to show, it explains what can be done here. */
export function ManagerModePage() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('manager.title')}</h1>
      <EmptyState
        heading={t('manager.empty.heading')}
        body={t('manager.empty.body')}
        steps={(['results', 'compare', 'export'] as const).map((step) => t(`manager.empty.steps.${step}`))}
      />
    </>
  )
}

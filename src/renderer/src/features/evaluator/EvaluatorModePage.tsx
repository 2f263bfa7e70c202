import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** The evaluator mode; until there is work to show, it explains what can be done here. */
export function EvaluatorModePage() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('evaluator.title')}</h1>
      <EmptyState
        heading={t('evaluator.empty.heading')}
        body={t('evaluator.empty.body')}
        steps={(['framework', 'units', 'import'] as const).map((step) => t(`evaluator.empty.steps.${step}`))}
      />
    </>
  )
}

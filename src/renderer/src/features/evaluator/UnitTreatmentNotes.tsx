import { useTranslation } from 'react-i18next'
import type { Indicator } from '@core/framework/framework'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * Beside the unit's review flags: the indicators whose value for this unit the outlier treatment
 * changed (Winsorised, or the whole indicator log-transformed; decision 0017). Nothing when none.
 */
export function UnitTreatmentNotes({
  view,
  unitCode,
}: {
  readonly view: AssessmentView
  readonly unitCode: string
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { result } = view
  const index = result.units.findIndex((unit) => unit.code === unitCode)
  const notes = view.workspace.framework.indicators.flatMap(
    (indicator): { readonly indicator: Indicator; readonly kind: 'winsorised' | 'log' }[] => {
      const record = result.indicators[indicator.code]?.treatment
      if (record === undefined || index < 0 || result.indicators[indicator.code]?.value[index] == null)
        return []
      if (record.rows.includes(index)) return [{ indicator, kind: 'winsorised' }]
      return record.log ? [{ indicator, kind: 'log' }] : []
    },
  )
  if (notes.length === 0) return null
  return (
    <section className="panel" aria-labelledby="unit-treatment-heading" data-testid="unit-treatment">
      <h3 id="unit-treatment-heading">{t('evaluator.statistics.unitHeading', { count: notes.length })}</h3>
      <ul className="flag-list">
        {notes.map(({ indicator, kind }) => (
          <li key={indicator.code} className="flag flag-treated">
            <span className="code">{indicator.code}</span>{' '}
            <span className="flag-question">{localized(indicator.name, language)}</span>
            <div>{t(`evaluator.statistics.unit.${kind}`)}</div>
          </li>
        ))}
      </ul>
    </section>
  )
}

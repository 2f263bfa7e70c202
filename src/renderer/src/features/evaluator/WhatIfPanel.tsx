import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { RankShiftTable } from './RankShiftTable'
import type { AssessmentView } from './useAssessmentWorkspace'
import { useWhatIf, WHAT_IF_AGGREGATIONS, WHAT_IF_NORMALISATIONS, type WhatIfSettings } from './useWhatIf'

/** Change weights or methods and see the ranking beside the official one; nothing here changes the official results. */
export function WhatIfPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const whatIf = useWhatIf(view)
  const { framework } = view.workspace
  const components = framework.components.filter((component) => component.parent !== null)
  const setWeight = (code: string, text: string) => {
    const value = Number(text.replace(',', '.'))
    const weights = { ...whatIf.settings.weights }
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) delete weights[code]
    else weights[code] = value
    whatIf.setSettings({ ...whatIf.settings, weights })
  }
  return (
    <section className="panel" aria-labelledby="what-if-heading">
      <h3 id="what-if-heading">{t('evaluator.whatIf.heading')}</h3>
      <p className="help">{t('evaluator.whatIf.help')}</p>
      <fieldset className="weights">
        <legend>{t('evaluator.whatIf.weights')}</legend>
        {components.map((component) => (
          <label key={component.code} className="field field-inline">
            <span>
              {component.code} <span className="help">{localized(component.name, language)}</span>
            </span>
            <input
              type="number"
              min={0}
              step="any"
              placeholder={formatNumber(component.weight, language)}
              value={whatIf.settings.weights[component.code] ?? ''}
              onChange={(event) => setWeight(component.code, event.target.value)}
            />
          </label>
        ))}
      </fieldset>
      {framework.family === 'relative' && (
        <div className="toolbar">
          <label className="field field-inline">
            <span>{t('evaluator.whatIf.normalisation')}</span>
            <select
              value={whatIf.settings.normalisation}
              onChange={(event) =>
                whatIf.setSettings({
                  ...whatIf.settings,
                  normalisation: event.target.value as WhatIfSettings['normalisation'],
                })
              }
            >
              <option value="">{t('evaluator.whatIf.frameworkMethod')}</option>
              {WHAT_IF_NORMALISATIONS.map((method) => (
                <option key={method} value={method}>
                  {t(`evaluator.normalisation.${method}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span>{t('evaluator.whatIf.aggregation')}</span>
            <select
              value={whatIf.settings.aggregation}
              onChange={(event) =>
                whatIf.setSettings({
                  ...whatIf.settings,
                  aggregation: event.target.value as WhatIfSettings['aggregation'],
                })
              }
            >
              <option value="">{t('evaluator.whatIf.frameworkMethod')}</option>
              {WHAT_IF_AGGREGATIONS.map((method) => (
                <option key={method} value={method}>
                  {t(`evaluator.aggregation.${method}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="toolbar">
        <button type="button" className="button primary" onClick={whatIf.apply}>
          {t('evaluator.whatIf.compute')}
        </button>
        <button type="button" className="button" onClick={whatIf.reset}>
          {t('evaluator.whatIf.reset')}
        </button>
      </div>
      {whatIf.outcome !== null && (
        <>
          <p role="status">
            {t('evaluator.whatIf.summary', {
              moved: whatIf.outcome.comparison.movedCount,
              largest: whatIf.outcome.comparison.largestShift,
              mean: formatNumber(whatIf.outcome.comparison.meanAbsoluteShift, language, 2),
            })}
            {whatIf.outcome.result.warnings.length > 0 &&
              ` ${t('evaluator.whatIf.warnings', { count: whatIf.outcome.result.warnings.length })}`}
          </p>
          <RankShiftTable comparison={whatIf.outcome.comparison} decimals={view.result.decimals} />
        </>
      )}
    </section>
  )
}

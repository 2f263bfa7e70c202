import { useTranslation } from 'react-i18next'
import type { Framework } from '@core/framework/framework'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'
import { formatNumber } from '../../i18n/format'

/** The framework-wide method: normalisation, aggregation, missing data, rounding and classes. */
export function FrameworkMethod({ framework }: { readonly framework: Framework }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const { normalisation, imputation } = framework.method
  const normalisationText =
    normalisation.method === 'min-max'
      ? `min-max [${normalisation.lower}, ${normalisation.upper}]`
      : normalisation.method
  return (
    <div className="framework-method">
      <ul>
        {framework.family === 'relative' && (
          <li>{t('frameworks.detail.normalisation', { method: normalisationText })}</li>
        )}
        <li>
          {t('frameworks.detail.aggregation', {
            method: framework.method.aggregation ?? (framework.family === 'points' ? 'sum' : 'arithmetic'),
          })}
        </li>
        <li>{t('frameworks.detail.imputation', { method: imputation.method })}</li>
        <li>{t('frameworks.detail.decimals', { decimals: framework.decimals })}</li>
      </ul>
      {framework.bands && framework.bands.length > 0 && (
        <>
          <h3>{t('frameworks.detail.bands')}</h3>
          <ul>
            {framework.bands.map((band) => (
              <li key={band.code}>
                {localized(band.label, language)} ≥ {formatNumber(band.minShare * 100, language)} %
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

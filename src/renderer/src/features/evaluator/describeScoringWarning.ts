import type { TFunction } from 'i18next'
import type { ScoringWarning } from '@core/scoring/scoringWarning'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'

/** A scoring warning in words. */
export function describeScoringWarning(t: TFunction, warning: ScoringWarning, language: Language): string {
  switch (warning.code) {
    case 'missing-data-share':
      return t('evaluator.warnings.missing-data-share', {
        indicator: warning.indicator,
        percent: formatNumber(warning.share * 100, language, 0),
      })
    case 'imputation-impossible':
      return t('evaluator.warnings.imputation-impossible', {
        indicator: warning.indicator,
        unit: warning.unit,
        method: warning.method,
      })
    case 'constant-indicator':
    case 'non-positive-maximum':
      return t(`evaluator.warnings.${warning.code}`, { indicator: warning.indicator })
    case 'formula-failed':
      return t('evaluator.warnings.formula-failed', { indicator: warning.indicator, unit: warning.unit })
    case 'non-positive-under-geometric':
    case 'zero-under-harmonic':
      return t(`evaluator.warnings.${warning.code}`, { node: warning.node, unit: warning.unit })
  }
}

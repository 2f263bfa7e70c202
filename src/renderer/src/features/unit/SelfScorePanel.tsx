import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { FormulaValue } from '@core/formula/formulaValue'
import type { LastYearPreview } from '@core/scoring/previewAgainstLastYear'
import type { SelfScore, SelfScoreIndicator } from '@core/scoring/selfScore'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'

/**
 * The self-score preview. Points frameworks: points per criterion, per main index and the total
 * with its band. Relative frameworks: the indicator values, why there is no score yet, and, when
 * last year's results are on this machine, an estimate against last year's ranges.
 */
export function SelfScorePanel({
  score,
  preview = null,
}: {
  readonly score: SelfScore
  readonly preview?: LastYearPreview | null
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section className="side-panel self-score" aria-labelledby="self-score-heading">
      <h2 id="self-score-heading">{t('unit.selfScore.heading')}</h2>
      {score.family === 'points' ? (
        <PointsScore score={score} language={language} />
      ) : (
        <p className="explain">{t('unit.selfScore.relativeExplain')}</p>
      )}
      {score.family === 'relative' && preview !== null && (
        <LastYearEstimate score={score} preview={preview} language={language} />
      )}
      <details open={score.family === 'relative'}>
        <summary>{t('unit.selfScore.indicators', { count: score.indicators.length })}</summary>
        <table className="score-table">
          <thead>
            <tr>
              <th scope="col">{t('unit.selfScore.indicator')}</th>
              <th scope="col" className="number">
                {t('unit.selfScore.value')}
              </th>
              {score.family === 'points' && (
                <th scope="col" className="number">
                  {t('unit.selfScore.points')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {score.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <th scope="row">
                  <span className="question-code">{indicator.code}</span>{' '}
                  {localized(indicator.name, language)}
                </th>
                <td className="number">{formatValue(indicator.value, language, t)}</td>
                {score.family === 'points' && (
                  <td className="number">{pointsCell(indicator, language, t)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

function PointsScore({
  score,
  language,
}: {
  readonly score: Extract<SelfScore, { family: 'points' }>
  readonly language: Language
}) {
  const { t } = useTranslation()
  const provisional = score.pendingMaxPoints > 0
  return (
    <>
      <p className="score-total" data-testid="self-score-total">
        {t(provisional ? 'unit.selfScore.totalProvisional' : 'unit.selfScore.total', {
          points: score.total === null ? '—' : formatNumber(score.total, language, 2),
          maximum: formatNumber(score.maximum, language, 2),
        })}
        {score.share !== null && <> · {formatNumber(score.share * 100, language, 1)} %</>}
        {score.band !== null && (
          <>
            {' · '}
            <strong>{localized(score.band.label, language)}</strong>
          </>
        )}
      </p>
      {provisional && (
        <p className="explain">
          {t('unit.selfScore.pending', { points: formatNumber(score.pendingMaxPoints, language, 2) })}
        </p>
      )}
      <ul className="component-scores">
        {score.components.map((component) => (
          <li key={component.code} className={`depth-${Math.min(component.depth, 3)}`}>
            <span>
              <span className="question-code">{component.code}</span> {localized(component.name, language)}
            </span>
            <span className="number">
              {component.points === null ? '—' : formatNumber(component.points, language, 2)}
              {component.maxPoints !== null && <> / {formatNumber(component.maxPoints, language, 2)}</>}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

function LastYearEstimate({
  score,
  preview,
  language,
}: {
  readonly score: SelfScore
  readonly preview: LastYearPreview
  readonly language: Language
}) {
  const { t } = useTranslation()
  return (
    <div className="last-year-preview" data-testid="self-score-last-year">
      <h3>{t('unit.selfScore.lastYear.heading', { year: preview.year })}</h3>
      <p className="score-total">
        {preview.composite === null || preview.rank === null
          ? t('unit.selfScore.lastYear.notYet')
          : t('unit.selfScore.lastYear.estimate', {
              score: formatNumber(preview.composite, language, 4),
              rank: preview.rank,
              count: preview.unitCount,
              year: preview.year,
            })}
      </p>
      <ul className="component-scores">
        {score.components
          .filter((component) => component.depth > 0)
          .map((component) => (
            <li key={component.code} className={`depth-${Math.min(component.depth, 3)}`}>
              <span>
                <span className="question-code">{component.code}</span> {localized(component.name, language)}
              </span>
              <span className="number">
                {formatScore(preview.components[component.code] ?? null, language)}
              </span>
            </li>
          ))}
      </ul>
      {preview.indicatorsNotInLastYear.length > 0 && (
        <p className="explain">
          {t('unit.selfScore.lastYear.notCompared', {
            count: preview.indicatorsNotInLastYear.length,
            codes: preview.indicatorsNotInLastYear.join(', '),
            year: preview.year,
          })}
        </p>
      )}
      <p className="explain">{t('unit.selfScore.lastYear.caveat')}</p>
    </div>
  )
}

const formatScore = (value: number | null, language: Language): string =>
  value === null ? '—' : formatNumber(value, language, 4)

type Translate = TFunction

function formatValue(value: FormulaValue, language: Language, t: Translate): string {
  if (value === null) return '—'
  if (typeof value === 'number') return formatNumber(value, language, 4)
  if (typeof value === 'boolean') return t(value ? 'unit.question.yes' : 'unit.question.no')
  return value
}

function pointsCell(indicator: SelfScoreIndicator, language: Language, t: Translate): string {
  if (indicator.pending) return t('unit.selfScore.pendingCell')
  const points = indicator.points === null ? '—' : formatNumber(indicator.points, language, 2)
  return indicator.maxPoints === null
    ? points
    : `${points} / ${formatNumber(indicator.maxPoints, language, 2)}`
}

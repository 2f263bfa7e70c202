import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { compileFramework } from '@core/scoring/compileFramework'
import { explainUnit } from '@core/scoring/explainUnit'
import { formatNumber } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { PrintButton } from '../../ui/PrintButton'
import { describeScoringWarning } from './describeScoringWarning'
import { formatScore } from './formatScore'

type Props = {
  readonly framework: ValidFramework
  readonly result: AssessmentResult
  readonly unitIndex: number
  readonly onClose: () => void
}

/** Why a unit scored what it did, read from `explainUnit`: contributions, weights, what pulled it down, imputations, warnings. */
export function UnitExplanationPanel({ framework, result, unitIndex, onClose }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const compiled = useMemo(() => compileFramework(framework), [framework])
  const explanation = useMemo(() => explainUnit(compiled, result, unitIndex), [compiled, result, unitIndex])
  const unit = result.units[unitIndex]
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    // Chromium's scrollIntoView may return a promise: never hand it to React as a cleanup.
    void panel.current?.scrollIntoView({ block: 'start' })
  }, [unitIndex])
  const nameOf = (code: string) =>
    localized(
      framework.components.find((component) => component.code === code)?.name ??
        framework.indicators.find((indicator) => indicator.code === code)?.name,
      language,
    ) || code
  const score = (value: number | null) => formatScore(value, result.decimals, language)
  // Warnings about a whole indicator are listed once above the ranking; here only this unit's own.
  const ownWarnings = explanation.warnings.filter(
    (warning) => 'unit' in warning && warning.unit === unit?.code,
  )
  return (
    <aside ref={panel} className="panel explanation" aria-labelledby="explanation-heading">
      <div className="section-heading">
        <h3 id="explanation-heading">
          {t('evaluator.explain.heading', { name: unit?.name ?? '', code: unit?.code ?? '' })}
        </h3>
        <PrintButton
          scope="explanation"
          suggestedName={`giai-trinh-${unit?.code ?? ''}-${framework.id}`}
          landscape={false}
        />
        <button type="button" className="button small" onClick={onClose}>
          {t('evaluator.common.close')}
        </button>
      </div>
      {explanation.imputed.length > 0 && (
        <p>
          {t('evaluator.explain.imputed', {
            list: explanation.imputed
              .map((item) => `${item.indicator} (${t(`evaluator.imputation.${item.method}` as never)})`)
              .join(', '),
          })}
        </p>
      )}
      {ownWarnings.length > 0 && (
        <ul className="warnings">
          {ownWarnings.map((warning, index) => (
            <li key={index}>{describeScoringWarning(t, warning, language)}</li>
          ))}
        </ul>
      )}
      {explanation.nodes.map((node) => (
        <section key={node.code} className="explain-node">
          <h4>
            {nameOf(node.code)} <span className="code">{node.code}</span>: {score(node.score)}{' '}
            {node.rank !== null && t('evaluator.explain.rank', { rank: node.rank })}
          </h4>
          {node.pulledDownMost.length > 0 && (
            <p className="help">
              {t('evaluator.explain.pulledDown', { list: node.pulledDownMost.map(nameOf).join('; ') })}
            </p>
          )}
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('evaluator.explain.child')}</th>
                <th scope="col" className="numeric">
                  {t('evaluator.explain.score')}
                </th>
                <th scope="col" className="numeric">
                  {t('evaluator.explain.weightShare')}
                </th>
                <th scope="col" className="numeric">
                  {t('evaluator.explain.contribution')}
                </th>
              </tr>
            </thead>
            <tbody>
              {node.children.map((child) => (
                <tr key={child.code}>
                  <td>
                    {nameOf(child.code)} <span className="code">{child.code}</span>
                    {child.imputed !== null && (
                      <span className="badge warning">{t('evaluator.explain.imputedBadge')}</span>
                    )}
                  </td>
                  <td className="numeric">{score(child.score)}</td>
                  <td className="numeric">{formatNumber(child.weightShare * 100, language, 1)} %</td>
                  <td className="numeric">{score(child.contribution)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </aside>
  )
}

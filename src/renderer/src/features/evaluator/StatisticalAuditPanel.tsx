import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { statisticalAudit, withinParentMatrices, type AuditFlag } from '@core/assessment/statisticalAudit'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { ChartFigure } from '../../charts/ChartFigure'
import type { AnyChartConfig } from '../../charts/withTitle'
import { formatNumber } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { correlationHeatMap } from './correlationHeatMap'
import type { AssessmentView } from './useAssessmentWorkspace'

const COINR_TREATMENT = { method: 'coinr', winmax: 5 } as const

/**
 * "Kiểm định thống kê": the statistical audit of the assessment's results (decision 0017) —
 * flags, a heat map of the correlations within each parent, each indicator's correlation with its
 * parent, Cronbach's alpha per aggregate and what the outlier treatment did. The evaluator may try
 * COINr's treatment on results whose framework has none; the official results are not changed.
 */
export function StatisticalAuditPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { framework, assessment } = view.workspace
  const isRelative = framework.family === 'relative'
  const frameworkTreats =
    (framework.method.treatment?.method ?? 'none') !== 'none' ||
    framework.indicators.some((indicator) => (indicator.treatment?.method ?? 'none') !== 'none')
  const [tryCoinr, setTryCoinr] = useState(false)
  const result = useMemo(
    () =>
      tryCoinr
        ? computeAssessment(framework, view.scoring, {
            ...(view.previousValues === undefined ? {} : { previousValues: view.previousValues }),
            ...(view.appraisedPoints.size === 0 ? {} : { appraisedPoints: view.appraisedPoints }),
            overrides: { treatment: COINR_TREATMENT },
          })
        : view.result,
    [tryCoinr, framework, view.scoring, view.previousValues, view.appraisedPoints, view.result],
  )
  const audit = useMemo(() => statisticalAudit(framework, result), [framework, result])
  const matrices = useMemo(() => withinParentMatrices(framework, result), [framework, result])
  const [parent, setParent] = useState<string | null>(null)
  const matrix = matrices.find((entry) => entry.parent === parent) ?? matrices[0]
  const name = (code: string) =>
    localized(
      framework.indicators.find((indicator) => indicator.code === code)?.name ??
        framework.components.find((component) => component.code === code)?.name,
      language,
    ) || code
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language, 3))
  const heatMap = useMemo(
    () =>
      matrix === undefined
        ? null
        : correlationHeatMap(matrix, (value) => (value === null ? '—' : formatNumber(value, language, 3))),
    [matrix, language],
  )
  if (result.units.length < 3) return <p className="panel">{t('evaluator.statistics.needUnits')}</p>
  return (
    <section className="panel statistics-panel" aria-labelledby="statistics-heading">
      <h3 id="statistics-heading">{t('evaluator.statistics.heading')}</h3>
      <p className="help">{t('evaluator.statistics.help')}</p>
      {isRelative && !frameworkTreats && (
        <label className="field field-inline">
          <input type="checkbox" checked={tryCoinr} onChange={(event) => setTryCoinr(event.target.checked)} />
          <span>{t('evaluator.statistics.tryCoinr')}</span>
        </label>
      )}

      <h4>{t('evaluator.statistics.flagsHeading', { count: audit.flags.length })}</h4>
      {audit.flags.length === 0 ? (
        <p role="status">{t('evaluator.statistics.noFlags')}</p>
      ) : (
        <ul className="issue-list" data-testid="statistics-flags">
          {audit.flags.map((flag, index) => (
            <li key={index}>{describeFlag(flag)}</li>
          ))}
        </ul>
      )}

      {matrix !== undefined && heatMap !== null && (
        <ChartFigure
          id="correlation-heat-map"
          title={t('evaluator.statistics.heatMapTitle', { parent: name(matrix.parent) })}
          config={heatMap as unknown as AnyChartConfig}
          height={Math.max(260, 60 + matrix.indicators.length * 34)}
          exportSize={{ width: 1000, height: Math.max(400, 140 + matrix.indicators.length * 48) }}
          fileName={`tuong-quan-${matrix.parent}-${assessment.frameworkId}-${assessment.year}`}
          note={t('evaluator.statistics.heatMapNote')}
          table={{
            headers: [t('evaluator.statistics.indicator'), ...matrix.indicators],
            rows: matrix.indicators.map((code, i) => [
              code,
              ...matrix.indicators.map((_, j) => number(matrix.values[i]?.[j] ?? null)),
            ]),
            numeric: matrix.indicators.map((_, j) => j + 1),
          }}
        >
          <label className="field field-inline">
            <span>{t('evaluator.statistics.parent')}</span>
            <select value={matrix.parent} onChange={(event) => setParent(event.target.value)}>
              {matrices.map((entry) => (
                <option key={entry.parent} value={entry.parent}>
                  {entry.parent} — {name(entry.parent)}
                </option>
              ))}
            </select>
          </label>
        </ChartFigure>
      )}

      <h4>{t('evaluator.statistics.correlationsHeading')}</h4>
      <div className="table-scroll">
        <table className="data-table" data-testid="statistics-correlations">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.statistics.parent')}</th>
              <th scope="col">{t('evaluator.statistics.indicator')}</th>
              <th scope="col">{t('evaluator.statistics.name')}</th>
              <th scope="col" className="numeric">
                Pearson
              </th>
              <th scope="col" className="numeric">
                Spearman
              </th>
            </tr>
          </thead>
          <tbody>
            {audit.correlations.map((row) => (
              <tr key={row.indicator}>
                <td className="code">{row.parent}</td>
                <td className="code">{row.indicator}</td>
                <td>{name(row.indicator)}</td>
                <td className="numeric">{number(row.pearson)}</td>
                <td className="numeric">{number(row.spearman)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>{t('evaluator.statistics.alphaHeading')}</h4>
      <div className="table-scroll">
        <table className="data-table" data-testid="statistics-alpha">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.statistics.aggregate')}</th>
              <th scope="col">{t('evaluator.statistics.name')}</th>
              <th scope="col" className="numeric">
                {t('evaluator.statistics.alpha')}
              </th>
            </tr>
          </thead>
          <tbody>
            {audit.cronbach.map((row) => (
              <tr key={row.aggregate}>
                <td className="code">{row.aggregate}</td>
                <td>{name(row.aggregate)}</td>
                <td className="numeric">{number(row.alpha)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isRelative && (
        <>
          <h4>{t('evaluator.statistics.treatmentHeading')}</h4>
          <p className="help">
            {tryCoinr || frameworkTreats
              ? t('evaluator.statistics.treatmentHelp')
              : t('evaluator.statistics.treatmentNone')}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="statistics-treatment">
              <thead>
                <tr>
                  <th scope="col">{t('evaluator.statistics.indicator')}</th>
                  <th scope="col">{t('evaluator.statistics.name')}</th>
                  <th scope="col" className="numeric">
                    {t('evaluator.statistics.winsorised')}
                  </th>
                  <th scope="col">{t('evaluator.statistics.treatedUnits')}</th>
                  <th scope="col">{t('evaluator.statistics.log')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.treatment.map((row) => (
                  <tr key={row.indicator}>
                    <td className="code">{row.indicator}</td>
                    <td>{name(row.indicator)}</td>
                    <td className="numeric">{row.winsorised}</td>
                    <td>{row.units.join(', ')}</td>
                    <td>{row.log ? t('evaluator.statistics.yes') : t('evaluator.statistics.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )

  function describeFlag(flag: AuditFlag): string {
    const value = number(flag.value)
    switch (flag.code) {
      case 'negative-correlation':
        return t('evaluator.statistics.flag.negative', { ...flag, value })
      case 'weak-correlation':
        return t('evaluator.statistics.flag.weak', { ...flag, value })
      case 'redundant-pair':
        return t('evaluator.statistics.flag.redundant', { ...flag, value })
      case 'low-alpha':
        return t('evaluator.statistics.flag.lowAlpha', { ...flag, value })
    }
  }
}

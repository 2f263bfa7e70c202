import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SENSITIVITY_LIMITS, type SensitivityResult } from '@core/assessment/sensitivity/runSensitivity'
import type { SensitivityAssumption } from '@core/assessment/sensitivity/sensitivityAssumption'
import type { Aggregation, Imputation } from '@core/framework/method'
import { ChartFigure } from '../../charts/ChartFigure'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { sobolChartConfig } from './sobolChart'
import type { AssessmentView } from './useAssessmentWorkspace'
import { useSensitivityRun } from './useSensitivityRun'
import {
  toNormalisation,
  WHAT_IF_AGGREGATIONS,
  WHAT_IF_NORMALISATIONS,
  type WhatIfNormalisation,
} from './useWhatIf'

const IMPUTATIONS = ['none', 'mean', 'median', 'zero'] as const satisfies readonly Imputation['method'][]
type ImputationChoice = (typeof IMPUTATIONS)[number]

/**
 * Variance-based sensitivity analysis (first-order and total Sobol indices, as COINr's
 * `get_sensitivity`): which of the chosen assumptions drives the ranking's uncertainty. Runs in a
 * worker with a progress bar, time left and cancel; the result is a `ChartFigure` (bars with
 * bootstrap intervals, its data table, PNG export).
 */
export function VarianceSensitivityPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { framework, assessment } = view.workspace
  const { state, run, cancel } = useSensitivityRun()
  const [n, setN] = useState(100)
  const [seed, setSeed] = useState(1)
  const [bootstrap, setBootstrap] = useState(100)
  const [useWeights, setUseWeights] = useState(true)
  const [spread, setSpread] = useState(25)
  const [normalisations, setNormalisations] = useState<readonly WhatIfNormalisation[]>([
    'min-max',
    'rank',
    'percentile-rank',
  ])
  const [aggregations, setAggregations] = useState<readonly Aggregation[]>(['arithmetic', 'geometric'])
  const [imputations, setImputations] = useState<readonly ImputationChoice[]>(['none', 'mean'])
  if (framework.family !== 'relative')
    return (
      <section className="panel" aria-labelledby="sobol-heading">
        <h3 id="sobol-heading">{t('evaluator.sobol.heading')}</h3>
        <p className="help">{t('evaluator.sobol.relativeOnly')}</p>
      </section>
    )
  // An assumption takes part when it has something to vary: the weights when ticked, a method with two alternatives or more.
  const assumptions: SensitivityAssumption[] = [
    ...(useWeights ? [{ kind: 'weights' as const, spread: spread / 100 }] : []),
    ...(normalisations.length >= 2
      ? [
          {
            kind: 'normalisation' as const,
            alternatives: normalisations.map((method) => toNormalisation(method, framework.scale ?? 1)),
          },
        ]
      : []),
    ...(aggregations.length >= 2 ? [{ kind: 'aggregation' as const, alternatives: aggregations }] : []),
    ...(imputations.length >= 2
      ? [{ kind: 'imputation' as const, alternatives: imputations.map((method) => ({ method })) }]
      : []),
  ]
  const { minN, maxN, maxBootstrap } = SENSITIVITY_LIMITS
  const problems = [
    ...(assumptions.length < 2 ? [t('evaluator.sobol.needTwo')] : []),
    ...(Number.isInteger(n) && n >= minN && n <= maxN
      ? []
      : [t('evaluator.sobol.badN', { min: minN, max: maxN })]),
    ...(Number.isInteger(seed) && seed >= 0 ? [] : [t('evaluator.sobol.badSeed')]),
    ...(Number.isInteger(bootstrap) && bootstrap >= 0 && bootstrap <= maxBootstrap
      ? []
      : [t('evaluator.sobol.badBootstrap', { max: maxBootstrap })]),
    ...(useWeights && !(spread > 0 && spread <= 100) ? [t('evaluator.sobol.badSpread')] : []),
  ]
  const runs = n * (assumptions.length + 2)
  const start = () => run(framework, view.scoring, { n, seed, bootstrap, assumptions })
  const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((value) => value !== item)
  const number = (value: number) => formatNumber(value, language, 3)
  return (
    <section className="panel" aria-labelledby="sobol-heading" data-testid="sobol-panel">
      <h3 id="sobol-heading">{t('evaluator.sobol.heading')}</h3>
      <p className="help">{t('evaluator.sobol.help')}</p>
      <div className="toolbar">
        <label className="field field-inline">
          <span>{t('evaluator.sobol.n')}</span>
          <input
            type="number"
            min={minN}
            max={maxN}
            step={10}
            value={n}
            onChange={(event) => setN(Number(event.target.value))}
          />
        </label>
        <label className="field field-inline">
          <span>{t('evaluator.sobol.seed')}</span>
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(event) => setSeed(Number(event.target.value))}
          />
        </label>
        <label className="field field-inline">
          <span>{t('evaluator.sobol.bootstrap')}</span>
          <input
            type="number"
            min={0}
            max={maxBootstrap}
            step={10}
            value={bootstrap}
            onChange={(event) => setBootstrap(Number(event.target.value))}
          />
        </label>
      </div>
      <div className="toolbar">
        <fieldset className="choice-set">
          <legend>{t('evaluator.sobol.kind.weights')}</legend>
          <label>
            <input
              type="checkbox"
              checked={useWeights}
              onChange={(event) => setUseWeights(event.target.checked)}
            />
            {t('evaluator.sobol.weightsOn')}
          </label>
          <label className="field field-inline">
            <span>{t('evaluator.sobol.spread')}</span>
            <input
              type="number"
              min={1}
              max={100}
              value={spread}
              disabled={!useWeights}
              onChange={(event) => setSpread(Number(event.target.value))}
            />
          </label>
        </fieldset>
        <fieldset className="choice-set">
          <legend>{t('evaluator.sobol.kind.normalisation')}</legend>
          {WHAT_IF_NORMALISATIONS.map((method) => (
            <label key={method}>
              <input
                type="checkbox"
                checked={normalisations.includes(method)}
                onChange={(event) => setNormalisations(toggle(normalisations, method, event.target.checked))}
              />
              {t(`evaluator.normalisation.${method}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-set">
          <legend>{t('evaluator.sobol.kind.aggregation')}</legend>
          {WHAT_IF_AGGREGATIONS.map((method) => (
            <label key={method}>
              <input
                type="checkbox"
                checked={aggregations.includes(method)}
                onChange={(event) => setAggregations(toggle(aggregations, method, event.target.checked))}
              />
              {t(`evaluator.aggregation.${method}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-set">
          <legend>{t('evaluator.sobol.kind.imputation')}</legend>
          {IMPUTATIONS.map((method) => (
            <label key={method}>
              <input
                type="checkbox"
                checked={imputations.includes(method)}
                onChange={(event) => setImputations(toggle(imputations, method, event.target.checked))}
              />
              {t(`evaluator.imputation.${method}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="help">{t('evaluator.sobol.choiceNote')}</p>
      {problems.length > 0 && (
        <ul className="issue-list" data-testid="sobol-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={start}
          disabled={problems.length > 0 || state.status === 'running'}
        >
          {t('evaluator.sobol.run', { runs: formatNumber(runs, language) })}
        </button>
      </div>
      {state.status === 'running' && (
        <ProgressBar
          progress={state.progress}
          label={t('evaluator.sobol.progressLabel')}
          onCancel={cancel}
          testId="sobol-progress"
        />
      )}
      {state.status === 'failed' && <p role="alert">{t(`evaluator.sobol.failed.${failure(state.code)}`)}</p>}
      {state.status === 'done' && (
        <SobolResult
          result={state.result}
          elapsedMs={state.elapsedMs}
          fileName={`do-nhay-sobol-${assessment.frameworkId}-${assessment.year}`}
          number={number}
        />
      )}
    </section>
  )
}

const FAILURES = ['too-few-units', 'framework-invalid'] as const
const failure = (code: string): (typeof FAILURES)[number] | 'other' =>
  FAILURES.find((known) => known === code) ?? 'other'

function SobolResult({
  result,
  elapsedMs,
  fileName,
  number,
}: {
  readonly result: SensitivityResult
  readonly elapsedMs: number
  readonly fileName: string
  readonly number: (value: number) => string
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const labels = result.indices.map((index) => t(`evaluator.sobol.kind.${index.kind}`))
  const interval = (low: number | null, high: number | null) =>
    low === null || high === null ? '—' : `${number(low)} – ${number(high)}`
  const config = sobolChartConfig(result, labels, {
    first: t('evaluator.sobol.first'),
    total: t('evaluator.sobol.total'),
    axis: t('evaluator.sobol.axis'),
  })
  return (
    <>
      <p role="status" data-testid="sobol-done">
        {t('evaluator.sobol.done', {
          runs: formatNumber(result.runs, language),
          recomputations: formatNumber(result.recomputations, language),
          seconds: formatNumber(elapsedMs / 1000, language, 1),
          shift: number(result.meanShift),
        })}
      </p>
      {result.variance === 0 && <p className="help">{t('evaluator.sobol.still')}</p>}
      <ChartFigure
        id="sobol-indices"
        title={t('evaluator.sobol.chartTitle')}
        config={config}
        height={320}
        fileName={fileName}
        note={t('evaluator.sobol.chartNote', { bootstrap: formatNumber(result.bootstrap, language) })}
        table={{
          headers: [
            t('evaluator.sobol.assumption'),
            t('evaluator.sobol.first'),
            t('evaluator.sobol.firstInterval'),
            t('evaluator.sobol.total'),
            t('evaluator.sobol.totalInterval'),
          ],
          rows: result.indices.map((index, at) => [
            labels[at],
            number(index.first),
            interval(index.firstLow, index.firstHigh),
            number(index.total),
            interval(index.totalLow, index.totalHigh),
          ]),
          numeric: [1, 2, 3, 4],
        }}
      />
    </>
  )
}

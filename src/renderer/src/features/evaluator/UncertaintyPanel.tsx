import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Aggregation } from '@core/framework/framework'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { UncertaintyTable } from './UncertaintyTable'
import type { AssessmentView } from './useAssessmentWorkspace'
import { useUncertaintyRun } from './useUncertaintyRun'
import {
  toNormalisation,
  WHAT_IF_AGGREGATIONS,
  WHAT_IF_NORMALISATIONS,
  type WhatIfNormalisation,
} from './useWhatIf'

/** Monte Carlo uncertainty of the ranking, run in a worker with a progress bar: which rank differences mean something. */
export function UncertaintyPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { framework } = view.workspace
  const { state, run, cancel } = useUncertaintyRun()
  const [replications, setReplications] = useState(1000)
  const [spread, setSpread] = useState(25)
  const [normalisations, setNormalisations] = useState<readonly WhatIfNormalisation[]>([
    'min-max',
    'ratio-to-max',
    'percentile-rank',
  ])
  const [aggregations, setAggregations] = useState<readonly Aggregation[]>(['arithmetic'])
  const isRelative = framework.family === 'relative'
  const isValid =
    Number.isInteger(replications) &&
    replications >= 10 &&
    replications <= 20000 &&
    spread >= 0 &&
    spread <= 100
  const start = () =>
    run(framework, view.scoring, {
      replications,
      weightSpread: spread / 100,
      normalisations: isRelative
        ? normalisations.map((method) => toNormalisation(method, framework.scale ?? 1))
        : [],
      aggregations: isRelative ? aggregations : [],
      seed: 1,
    })
  const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((value) => value !== item)
  return (
    <section className="panel" aria-labelledby="uncertainty-heading">
      <h3 id="uncertainty-heading">{t('evaluator.uncertainty.heading')}</h3>
      <p className="help">{t('evaluator.uncertainty.help')}</p>
      <div className="toolbar">
        <label className="field field-inline">
          <span>{t('evaluator.uncertainty.replications')}</span>
          <input
            type="number"
            min={10}
            max={20000}
            step={100}
            value={replications}
            onChange={(event) => setReplications(Number(event.target.value))}
          />
        </label>
        <label className="field field-inline">
          <span>{t('evaluator.uncertainty.spread')}</span>
          <input
            type="number"
            min={0}
            max={100}
            value={spread}
            onChange={(event) => setSpread(Number(event.target.value))}
          />
        </label>
      </div>
      {isRelative && (
        <div className="toolbar">
          <fieldset className="choice-set">
            <legend>{t('evaluator.uncertainty.normalisations')}</legend>
            {WHAT_IF_NORMALISATIONS.map((method) => (
              <label key={method}>
                <input
                  type="checkbox"
                  checked={normalisations.includes(method)}
                  onChange={(event) =>
                    setNormalisations(toggle(normalisations, method, event.target.checked))
                  }
                />
                {t(`evaluator.normalisation.${method}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-set">
            <legend>{t('evaluator.uncertainty.aggregations')}</legend>
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
        </div>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={start}
          disabled={!isValid || state.status === 'running' || view.scoring.length < 2}
        >
          {t('evaluator.uncertainty.run')}
        </button>
      </div>
      {state.status === 'running' && (
        <ProgressBar
          progress={state.progress}
          label={t('evaluator.uncertainty.progressLabel')}
          onCancel={cancel}
          testId="uncertainty-progress"
        />
      )}
      {state.status === 'failed' && <p role="alert">{t('evaluator.uncertainty.failed')}</p>}
      {state.status === 'done' && (
        <>
          <p role="status" data-testid="uncertainty-done">
            {t('evaluator.uncertainty.done', {
              count: formatNumber(state.replications, language),
              seconds: formatNumber(state.elapsedMs / 1000, language, 1),
            })}
          </p>
          <UncertaintyTable intervals={state.intervals} units={view.result.units} />
        </>
      )}
    </section>
  )
}

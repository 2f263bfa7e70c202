import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BarChart } from '../../charts/BarChart'
import { describeIssue } from '../../i18n/describeIssue'
import type { AssessmentView } from './useAssessmentWorkspace'
import { MAX_CHART_UNITS } from './reportCharts'
import { ReportSignatureForm } from './ReportSignatureForm'
import { useResultsReport } from './useResultsReport'

/** The official results report (Excel, with charts) and the ranking as CSV. */
export function ReportPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const titles = useMemo(
    () => ({
      composite: t('evaluator.report.compositeChart'),
      components: t('evaluator.report.componentsChart'),
    }),
    [t],
  )
  const report = useResultsReport(view, titles)
  const [csvForMachines, setCsvForMachines] = useState(false)
  if (view.scoring.length === 0) return <p className="panel">{t('evaluator.results.nothingReceived')}</p>
  const { state } = report
  return (
    <section aria-labelledby="report-heading">
      <h3 id="report-heading">{t('evaluator.report.heading')}</h3>
      <p className="help">
        {t(view.isOfficial ? 'evaluator.report.official' : 'evaluator.report.provisional')}
      </p>
      <p className="help">{t('evaluator.report.contents')}</p>
      <ReportSignatureForm view={view} />
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() => void report.exportWorkbook()}
          disabled={state.status === 'working'}
        >
          {t('evaluator.report.exportWorkbook')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void report.exportCsv(csvForMachines ? 'machine' : 'vi-excel')}
          disabled={state.status === 'working'}
        >
          {t('evaluator.report.exportCsv')}
        </button>
        <label>
          <input
            type="checkbox"
            checked={csvForMachines}
            onChange={(event) => setCsvForMachines(event.target.checked)}
          />
          {t('evaluator.report.csvForMachines')}
        </label>
      </div>
      <p className="help">{t('evaluator.report.csvHelp')}</p>
      <div role="status" className="status-line">
        {state.status === 'working' && t('evaluator.report.working')}
        {state.status === 'saved' && t('evaluator.report.saved', { savedTo: state.savedTo })}
        {state.status === 'cancelled' && t('evaluator.report.cancelled')}
      </div>
      {state.status === 'failed' && (
        <div role="alert" className="issue-list">
          <ul>
            {state.issues.map((issue, index) => (
              <li key={index}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {view.result.units.length > MAX_CHART_UNITS && (
        <p className="help">{t('evaluator.report.chartLimit', { count: MAX_CHART_UNITS })}</p>
      )}
      {report.charts.map((chart) => (
        <figure key={chart.title} className="panel chart-figure">
          <figcaption>{chart.title}</figcaption>
          <BarChart
            data={chart.config.data}
            options={chart.config.options ?? {}}
            label={chart.title}
            height={Math.min(chart.height, 1600)}
          />
        </figure>
      ))}
    </section>
  )
}

import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartFigure } from '../../charts/ChartFigure'
import { chartTable } from '../../charts/chartTable'
import type { AnyChartConfig } from '../../charts/withTitle'
import { describeIssue } from '../../i18n/describeIssue'
import { formatScore } from './formatScore'
import { useLanguage } from '../../i18n/useLanguage'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import type { AssessmentView } from './useAssessmentWorkspace'
import { MAX_CHART_UNITS } from './reportCharts'
import { ReportSignatureForm } from './ReportSignatureForm'
import { useResultsReport } from './useResultsReport'
import { VerifyReport } from './VerifyReport'

/** File names of the report's chart pictures, before the assessment's framework and year. */
const CHART_FILES = ['diem-tong-hop', 'chi-so-thanh-phan'] as const
const CHART_IDS = ['report-composite', 'report-components'] as const

/** The official results report (Excel, with charts), the ranking as CSV, and checking a report file ("Kiểm tra một báo cáo"). */
export function ReportPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const titles = useMemo(
    () => ({
      composite: t('evaluator.report.compositeChart'),
      components: t('evaluator.report.componentsChart'),
    }),
    [t],
  )
  const report = useResultsReport(view, titles)
  const [csvForMachines, setCsvForMachines] = useState(false)
  if (view.scoring.length === 0)
    return (
      <>
        <p className="panel">{t('evaluator.results.nothingReceived')}</p>
        <VerifyReport />
      </>
    )
  const { state } = report
  const { assessment } = view.workspace
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
        <label className="toolbar-check">
          <input
            type="checkbox"
            checked={csvForMachines}
            onChange={(event) => setCsvForMachines(event.target.checked)}
          />
          {t('evaluator.report.csvForMachines')}
        </label>
      </div>
      <p className="help">{t('evaluator.report.csvHelp')}</p>
      {report.progress !== null && (
        <ProgressBar
          progress={report.progress}
          label={t('evaluator.report.progressLabel')}
          onCancel={report.cancel}
          testId="report-progress"
        />
      )}
      <div role="status" className="status-line">
        {state.status === 'working' && report.progress === null && t('evaluator.report.working')}
        {state.status === 'stopped' && t('ui.progress.cancelledNothingWritten')}
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
      {report.charts.map((chart, index) => (
        // Keyed by its place, not its (translated) title: a language switch keeps the chart and
        // what it said about its saved picture.
        <ChartFigure
          key={CHART_IDS[index] ?? `report-chart-${index}`}
          id={CHART_IDS[index] ?? `report-chart-${index}`}
          title={chart.title}
          config={chart.config as unknown as AnyChartConfig}
          height={Math.min(chart.height, 1600)}
          table={chartTable(
            chart.config.data,
            t('evaluator.report.chartUnit'),
            (value) => formatScore(value, view.result.decimals, language),
            { horizontal: true },
          )}
          fileName={`${CHART_FILES[index] ?? `bieu-do-${index + 1}`}-${assessment.frameworkId}-${assessment.year}`}
          exportSize={{ width: chart.width, height: chart.height }}
        />
      ))}
      <VerifyReport />
    </section>
  )
}

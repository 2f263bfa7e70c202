import { useMemo, useState } from 'react'
import { rankingRows } from '@core/assessment/rankingRows'
import { inPhase, isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import type { CsvStyle } from '@core/excel/csv/csvStyleOptions'
import type { ReportChart, ResultsReportInput } from '@core/formats/results-report/resultsReportInput'
import { renderChartImage } from '../../charts/renderChartImage'
import { localized } from '../../i18n/localized'
import { getPlatform } from '../../platform/getPlatform'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import { reportCharts } from './reportCharts'
import type { AssessmentView } from './useAssessmentWorkspace'

export type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'saved'; readonly savedTo: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'stopped' }
  | {
      readonly status: 'failed'
      readonly issues: readonly ({ readonly code: string } & Readonly<Record<string, unknown>>)[]
    }

/**
 * Writes the results report (with the charts drawn to PNG here) and the ranking CSV (for
 * Vietnamese Excel, or `,` and `.` for other programs), and saves them. Writing the workbook shows
 * progress (charts, then sheets) and can be cancelled before the save: then nothing is written.
 */
export function useResultsReport(
  view: AssessmentView,
  titles: { readonly composite: string; readonly components: string },
) {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const task = useProgressTask()
  const { framework, assessment, appraisals, previous } = view.workspace
  const charts = useMemo(() => {
    const rows = rankingRows(view.result, view.componentCodes)
    const direct = framework.components
      .filter((component) => component.parent === view.result.rootCode)
      .map((component) => ({
        index: view.componentCodes.indexOf(component.code),
        label: `${component.code} — ${localized(component.name, 'vi')}`,
      }))
    return reportCharts(rows, direct, titles)
  }, [view, framework, titles])
  const baseName = `ket-qua-${assessment.frameworkId}-${assessment.year}`

  const save = async (suggestedName: string, bytes: Uint8Array) => {
    const saved = await getPlatform().saveFile({ suggestedName, bytes })
    if (!saved.ok) return setState({ status: 'failed', issues: [saved.error] })
    setState(
      saved.value === null ? { status: 'cancelled' } : { status: 'saved', savedTo: saved.value.savedTo },
    )
  }

  const exportWorkbook = async () => {
    setState({ status: 'working' })
    const bytes = await task.run(writeWorkbook)
    if (bytes === null || (!bytes.ok && bytes.error.some((issue) => issue.code === 'cancelled')))
      return setState({ status: 'stopped' })
    if (!bytes.ok) return setState({ status: 'failed', issues: bytes.error })
    await save(`${baseName}.xlsx`, bytes.value)
  }

  /** The charts drawn to PNG (first half of the bar), then the workbook's sheets (second half). */
  const writeWorkbook = async (options: ProgressOptions) => {
    const info = await getPlatform().getAppInfo()
    const pictures: ReportChart[] = []
    const drawing = inPhase(options, 'charts', 0, 2)
    await reportStep(drawing, 0, charts.length)
    for (const chart of charts) {
      if (isCancelled(options)) return null
      pictures.push({
        title: chart.title,
        png: await renderChartImage(chart.config, chart.width, chart.height),
        width: chart.width,
        height: chart.height,
      })
      await reportStep(drawing, pictures.length, charts.length)
    }
    const input: ResultsReportInput = {
      framework,
      result: view.result,
      units: view.scoring,
      year: assessment.year,
      appraisals,
      previous: previous?.result
        ? { year: previous.assessment.year, result: previous.result, restated: previous.restated }
        : null,
      status: view.isOfficial ? 'official' : 'provisional',
      generatedAt: new Date().toISOString(),
      appVersion: info.ok ? info.value.version : '',
      charts: pictures,
      signature: assessment.reportSignature ?? null,
    }
    const { writeResultsReport } = await import('@core/formats/results-report/writeResultsReport')
    return writeResultsReport(input, inPhase(options, 'workbook', 1, 2))
  }

  const exportCsv = async (style: CsvStyle) => {
    setState({ status: 'working' })
    const { rankingCsv } = await import('@core/formats/results-report/rankingCsv')
    await save(`${baseName}.csv`, new TextEncoder().encode(rankingCsv(framework, view.result, style)))
  }

  return { state, charts, exportWorkbook, exportCsv, progress: task.progress, cancel: task.cancel }
}

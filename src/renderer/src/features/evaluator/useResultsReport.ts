import { useMemo, useState } from 'react'
import { rankingRows } from '@core/assessment/rankingRows'
import { reportInputsOfVersion } from '@core/assessment/reportFromVersion'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import type { ReportOperator } from '@core/formats/results-report/resultsReportInput'
import { inPhase, isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import type { CsvStyle } from '@core/excel/csv/csvStyleOptions'
import type { ReportChart, ResultsReportInput } from '@core/formats/results-report/resultsReportInput'
import { renderChartImage } from '../../charts/renderChartImage'
import { useDatabase } from '../../app/DatabaseProvider'
import { useOperator } from '../operator/OperatorProvider'
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
  const database = useDatabase()
  const { operator: currentOperator } = useOperator()
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
    // An official report shows the published version: the answers and appraisals it froze, and
    // who published it (the operator of its publication entry); a provisional one, who writes it.
    const summary = view.isOfficial ? view.workspace.publishedVersion : null
    const version =
      summary === null
        ? null
        : ((await createAssessmentRepository(database).versions(assessment.id)).find(
            (candidate) => candidate.version === summary.version,
          ) ?? null)
    const frozen = reportInputsOfVersion(view.scoring, appraisals, version)
    const input: ResultsReportInput = {
      framework,
      result: view.result,
      units: frozen.units,
      year: assessment.year,
      appraisals: frozen.appraisals,
      operator: await reportOperator(version?.auditSeq ?? null),
      previous: previous?.result
        ? { year: previous.assessment.year, result: previous.result, restated: previous.restated }
        : null,
      status: view.isOfficial ? 'official' : 'provisional',
      resultsVersion: view.isOfficial ? view.workspace.publishedVersion : null,
      generatedAt: new Date().toISOString(),
      appVersion: info.ok ? info.value.version : '',
      charts: pictures,
      signature: assessment.reportSignature ?? null,
      publishedAt: view.isOfficial ? assessment.publishedAt : null,
      ...(view.previousValues === undefined ? {} : { previousValues: view.previousValues }),
    }
    const { writeResultsReport } = await import('@core/formats/results-report/writeResultsReport')
    return writeResultsReport(input, inPhase(options, 'workbook', 1, 2))
  }

  const reportOperator = async (publicationSeq: number | null): Promise<ReportOperator | null> => {
    const entry =
      publicationSeq === null ? undefined : await database.auditLog.get(publicationSeq).catch(() => undefined)
    const who = entry?.operator ?? (publicationSeq === null ? currentOperator : null)
    if (who === null || who === undefined || who.name === null) return null
    return { name: who.name, position: who.position ?? null }
  }

  const exportCsv = async (style: CsvStyle) => {
    setState({ status: 'working' })
    const { rankingCsv } = await import('@core/formats/results-report/rankingCsv')
    await save(`${baseName}.csv`, new TextEncoder().encode(rankingCsv(framework, view.result, style)))
  }

  return { state, charts, exportWorkbook, exportCsv, progress: task.progress, cancel: task.cancel }
}

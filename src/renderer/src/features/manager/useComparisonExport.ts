import { useState } from 'react'
import type { ProgressOptions } from '@core/progress'
import { useTranslation } from 'react-i18next'
import type { ComparisonChart } from '@core/formats/comparison/comparisonWorkbookInput'
import type { ComparisonSeries } from '@core/comparison/comparisonSeries'
import { componentMatrix } from '@core/comparison/componentMatrix'
import { unitTrajectory } from '@core/comparison/unitTrajectory'
import { nodeName, type YearResults } from '@core/comparison/yearResults'
import { inPhase, isCancelled, reportStep } from '@core/progress'
import { renderChartImage } from '../../charts/renderChartImage'
import { getPlatform } from '../../platform/getPlatform'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import { allUnitsCharts } from './allUnitsCharts'
import { EXPORT_SIZE } from './ChartPanel'
import { heatMapImage } from './heatMapImage'
import { withTitle } from '../../charts/withTitle'
import { unitCharts } from './unitCharts'
import type { ManagerFormat } from './useManagerFormat'

export type ExportState =
  | { readonly status: 'idle' | 'working' | 'cancelled' | 'stopped' | 'failed' }
  | { readonly status: 'saved'; readonly path: string }

/**
 * Draws every chart of both views to PNG and writes the comparison workbook with them, then saves
 * it; with progress (charts, then sheets) and a cancel that leaves nothing written.
 */
export function useComparisonExport(
  series: ComparisonSeries,
  earlier: YearResults,
  later: YearResults,
  unitCode: string | null,
  format: ManagerFormat,
) {
  const { t } = useTranslation()
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const task = useProgressTask()
  const exportWorkbook = async () => {
    setState({ status: 'working' })
    try {
      const bytes = await task.run((options) => writeWorkbook(options))
      if (bytes === null || (!bytes.ok && bytes.error.some((issue) => issue.code === 'cancelled')))
        return setState({ status: 'stopped' })
      if (!bytes.ok) return setState({ status: 'failed' })
      const saved = await getPlatform().saveFile({
        suggestedName: `so-sanh-${series.frameworkId}-${earlier.year}-${later.year}.xlsx`,
        bytes: bytes.value,
      })
      if (!saved.ok) return setState({ status: 'failed' })
      setState(
        saved.value === null ? { status: 'cancelled' } : { status: 'saved', path: saved.value.savedTo },
      )
    } catch {
      setState({ status: 'failed' })
    }
  }
  const writeWorkbook = async (options: ProgressOptions) => {
    const pictures: ComparisonChart[] = []
    const trajectory = unitCode === null ? null : unitTrajectory(series.years, unitCode)
    const charts = [
      ...allUnitsCharts(series.years, earlier, later, t, format),
      ...(trajectory === null
        ? []
        : unitCharts(series.years, trajectory, [earlier.year, later.year], t, format)),
    ]
    const drawing = inPhase(options, 'charts', 0, 2)
    const drawn = charts.length + 1
    await reportStep(drawing, 0, drawn)
    for (const chart of charts) {
      if (isCancelled(options)) return null
      const height = chart.id === 'all-bump' ? 720 : EXPORT_SIZE.height
      pictures.push({
        title: chart.title,
        png: await renderChartImage(withTitle(chart.config, chart.title), EXPORT_SIZE.width, height),
        width: EXPORT_SIZE.width,
        height,
      })
      await reportStep(drawing, pictures.length, drawn)
    }
    if (isCancelled(options)) return null
    const heatTitle = t('manager.all.heatmapTitle', { year: later.year })
    const heat = await heatMapImage(
      componentMatrix(later),
      heatTitle,
      (code) => `${code} — ${format.text(nodeName(later.structure, code))}`,
      (value) => format.score(value),
    )
    pictures.push({ title: heatTitle, ...heat })
    await reportStep(drawing, drawn, drawn)
    const info = await getPlatform().getAppInfo()
    const { writeComparisonWorkbook } = await import('@core/formats/comparison/writeComparisonWorkbook')
    return writeComparisonWorkbook(
      {
        series,
        earlierYear: earlier.year,
        laterYear: later.year,
        unitCode,
        charts: pictures,
        generatedAt: new Date().toISOString(),
        appVersion: info.ok ? info.value.version : '',
      },
      inPhase(options, 'workbook', 1, 2),
    )
  }
  return { state, exportWorkbook, progress: task.progress, cancel: task.cancel }
}

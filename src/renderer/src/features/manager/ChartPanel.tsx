import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartView } from '../../charts/ChartView'
import { renderChartImage } from '../../charts/renderChartImage'
import { getPlatform } from '../../platform/getPlatform'
import { withTitle, type AnyChartConfig } from './managerCharts'
import { ManagerTable } from './ManagerTable'

/** Size of exported pictures (PNG and workbook). */
export const EXPORT_SIZE = { width: 1100, height: 600 } as const

type ChartPanelProps = {
  readonly id: string
  readonly title: string
  readonly config: AnyChartConfig
  readonly height: number
  readonly table: {
    readonly headers: readonly string[]
    readonly rows: readonly (readonly ReactNode[])[]
    readonly numeric?: readonly number[]
  }
  readonly fileName: string
  readonly note?: string | undefined
  readonly exportHeight?: number | undefined
  readonly children?: ReactNode
  /** Below the chart and its note: a legend the chart needs (restated values). */
  readonly footer?: ReactNode
}

/** A chart with its title, an "export as PNG" button and its data as a table (the accessible alternative). */
export function ChartPanel({
  id,
  title,
  config,
  height,
  table,
  fileName,
  note,
  exportHeight,
  children,
  footer,
}: ChartPanelProps) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const exportPng = async () => {
    const png = await renderChartImage(
      withTitle(config, title),
      EXPORT_SIZE.width,
      exportHeight ?? EXPORT_SIZE.height,
    )
    const saved = await getPlatform().saveFile({ suggestedName: `${fileName}.png`, bytes: png })
    setMessage(
      !saved.ok
        ? t('manager.chart.failed')
        : saved.value === null
          ? null
          : t('manager.chart.saved', { path: saved.value.savedTo }),
    )
  }
  return (
    <section className="manager-chart-panel" aria-labelledby={`${id}-title`} data-chart={id}>
      <div className="manager-panel-heading">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button small" onClick={() => void exportPng()}>
          {t('manager.chart.exportPng')}
        </button>
      </div>
      {children}
      <ChartView config={config} label={title} height={height} />
      {note === undefined ? null : <p className="manager-note">{note}</p>}
      {footer}
      <p className="manager-status" role="status">
        {message}
      </p>
      <details className="manager-chart-table">
        <summary>{t('manager.chart.showTable')}</summary>
        <ManagerTable
          caption={title}
          headers={table.headers}
          rows={table.rows}
          numeric={table.numeric ?? []}
          captionHidden
        />
      </details>
    </section>
  )
}

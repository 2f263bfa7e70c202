import { useTranslatedMessage } from '../i18n/useTranslatedMessage'
import { useId, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE } from '../i18n/languages'
import { useLanguage } from '../i18n/useLanguage'
import { getPlatform } from '../platform/getPlatform'
import { ChartView } from './ChartView'
import { renderChartImage } from './renderChartImage'
import { withTitle, type AnyChartConfig } from './withTitle'
import './charts.css'

/** Size of exported pictures unless a chart asks for another. */
export const CHART_EXPORT_SIZE = { width: 1100, height: 600 } as const

/** The numbers of a chart as a table: headers, one row per category, numeric columns right-aligned. */
export type ChartFigureTable = {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly ReactNode[])[]
  readonly numeric?: readonly number[]
}

type ChartFigureProps = {
  /** Stable id of the chart (`data-chart`, used by tests and the comparison export). */
  readonly id: string
  readonly title: string
  readonly config: AnyChartConfig
  /** Height on screen, in pixels. */
  readonly height: number
  /** The same numbers as the chart, already formatted through the formatting module (`chartTable` derives them). */
  readonly table: ChartFigureTable
  /** The PNG's file name without `.png`: the chart and the assessment ("diem-tong-hop-dept-2026"). */
  readonly fileName: string
  readonly exportSize?: { readonly width: number; readonly height: number } | undefined
  readonly note?: string | undefined
  /** Controls shown between the heading and the chart (a view switch). */
  readonly children?: ReactNode
  /** Below the chart and its note: a legend the chart needs (for example restated values). */
  readonly footer?: ReactNode
}

/**
 * Every chart of the app: its heading, "Lưu ảnh PNG" (drawn off screen with the title, saved
 * through the platform's save-file path: the desktop's save dialog or a browser download), the
 * chart, and "Xem dạng bảng", which shows the same numbers as an accessible table.
 */
export function ChartFigure({
  id,
  title,
  config,
  height,
  table,
  fileName,
  exportSize,
  note,
  children,
  footer,
}: ChartFigureProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const tableId = useId()
  const [message, setMessage] = useTranslatedMessage()
  const [showTable, setShowTable] = useState(false)
  const size = exportSize ?? CHART_EXPORT_SIZE
  // Axis numbers in the interface language ("0,5" in Vietnamese) unless the chart sets its own.
  const localised = useMemo(
    () => ({ ...config, options: { locale: INTL_LOCALE[language], ...config.options } }) as AnyChartConfig,
    [config, language],
  )
  const exportPng = async () => {
    setMessage(null)
    try {
      const png = await renderChartImage(withTitle(localised, title), size.width, size.height)
      const saved = await getPlatform().saveFile({ suggestedName: `${fileName}.png`, bytes: png })
      const savedTo = saved.ok ? saved.value?.savedTo : undefined
      setMessage(
        !saved.ok
          ? (say) => say('ui.chart.failed')
          : savedTo === undefined
            ? null
            : (say) => say('ui.chart.saved', { path: savedTo }),
      )
    } catch {
      setMessage((say) => say('ui.chart.failed'))
    }
  }
  const numeric = table.numeric ?? []
  const cellClass = (index: number) => (numeric.includes(index) ? 'chart-numeric' : undefined)
  return (
    <section className="chart-figure-panel" aria-labelledby={`${id}-title`} data-chart={id}>
      <div className="chart-figure-heading">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="chart-figure-actions">
          <button
            type="button"
            className="button small"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {t(showTable ? 'ui.chart.hideTable' : 'ui.chart.showTable')}
          </button>
          <button type="button" className="button small" onClick={() => void exportPng()}>
            {t('ui.chart.savePng')}
          </button>
        </div>
      </div>
      {children}
      <ChartView config={localised} label={title} height={height} />
      {note === undefined ? null : <p className="chart-figure-note">{note}</p>}
      {footer}
      <p className="chart-figure-status" role="status">
        {message}
      </p>
      <div id={tableId} className="chart-data-table-scroll" hidden={!showTable}>
        {showTable && (
          <table className="chart-data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.headers.map((header, index) => (
                  <th key={index} scope="col" className={cellClass(index)}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className={cellClass(index)}>
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={cellClass(index)}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}

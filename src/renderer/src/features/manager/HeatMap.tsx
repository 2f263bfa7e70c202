import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useTranslation } from 'react-i18next'
import type { ComponentMatrix } from '@core/comparison/componentMatrix'
import { getPlatform } from '../../platform/getPlatform'
import { heatMapImage } from './heatMapImage'
import { heatMapShade } from './heatMapShade'
import type { ManagerFormat } from './useManagerFormat'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { RestatedBadge } from './RestatedBadge'

type HeatMapProps = {
  readonly matrix: ComponentMatrix
  readonly title: string
  readonly labelOf: (code: string) => string
  readonly format: ManagerFormat
  readonly onOpenUnit: (code: string) => void
  /** Units whose earlier values in this comparison are restated: marked beside their name. */
  readonly notes?: ReadonlyMap<string, UnitRestatement>
}

/** Components by unit as a shaded table: the table is the chart (numbers in every cell), so it is its own accessible alternative. */
export function HeatMap({ matrix, title, labelOf, format, onOpenUnit, notes = new Map() }: HeatMapProps) {
  const { t } = useTranslation()
  const [message, setMessage] = useTranslatedMessage()
  const exportPng = async () => {
    const image = await heatMapImage(matrix, title, labelOf, (value) => format.score(value))
    const saved = await getPlatform().saveFile({
      suggestedName: `ban-do-nhiet-${matrix.year}.png`,
      bytes: image.png,
    })
    const savedTo = saved.ok ? saved.value?.savedTo : undefined
    setMessage(
      !saved.ok
        ? (say) => say('ui.chart.failed')
        : savedTo === undefined
          ? null
          : (say) => say('ui.chart.saved', { path: savedTo }),
    )
  }
  return (
    <section className="manager-chart-panel" aria-labelledby="manager-heatmap-title" data-chart="heatmap">
      <div className="manager-panel-heading">
        <h3 id="manager-heatmap-title">{title}</h3>
        <button type="button" className="button small" onClick={() => void exportPng()}>
          {t('ui.chart.savePng')}
        </button>
      </div>
      <p className="manager-note">{t('manager.all.heatmapNote')}</p>
      <p className="manager-status" role="status">
        {message}
      </p>
      <div className="manager-table-scroll manager-heatmap-scroll">
        <table className="manager-table manager-heatmap">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.columns.rank')}</th>
              <th scope="col">{t('manager.columns.unit')}</th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.composite')}
              </th>
              {matrix.codes.map((code) => (
                <th key={code} scope="col" className="manager-numeric" title={labelOf(code)}>
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code}>
                <td className="manager-numeric">{row.rank ?? '—'}</td>
                <th scope="row">
                  <button type="button" className="manager-link-button" onClick={() => onOpenUnit(row.code)}>
                    {row.name}
                  </button>{' '}
                  <RestatedBadge note={notes.get(row.code)} />
                </th>
                <td className="manager-numeric">{format.score(row.composite)}</td>
                {row.values.map((value, column) => {
                  const shade = heatMapShade(value, matrix.ranges[column] ?? { min: null, max: null })
                  return (
                    <td
                      key={column}
                      className="manager-numeric manager-heat-cell"
                      style={{ background: shade.background, color: shade.text }}
                    >
                      {format.score(value)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { RankInterval } from '@core/assessment/runUncertainty'
import type { ScoredUnit } from '@core/scoring/assessmentResult'

/** Each unit's nominal rank, median rank and 5–95 % interval, with the interval drawn to scale. */
export function UncertaintyTable({
  intervals,
  units,
}: {
  readonly intervals: readonly RankInterval[]
  readonly units: readonly ScoredUnit[]
}) {
  const { t } = useTranslation()
  const names = new Map(units.map((unit) => [unit.code, unit.name]))
  const count = Math.max(1, units.length)
  const sorted = [...intervals].sort(
    (a, b) => (a.nominalRank ?? Infinity) - (b.nominalRank ?? Infinity) || a.unit.localeCompare(b.unit),
  )
  const x = (rank: number) => ((rank - 1) / Math.max(1, count - 1)) * 96 + 2
  return (
    <div className="table-scroll">
      <table className="data-table uncertainty-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('evaluator.uncertainty.nominal')}
            </th>
            <th scope="col">{t('evaluator.columns.code')}</th>
            <th scope="col">{t('evaluator.columns.unit')}</th>
            <th scope="col" className="numeric">
              {t('evaluator.uncertainty.median')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluator.uncertainty.interval')}
            </th>
            <th scope="col">{t('evaluator.uncertainty.chart', { count })}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((interval) => (
            <tr key={interval.unit}>
              <td className="numeric">{interval.nominalRank ?? '—'}</td>
              <td className="code">{interval.unit}</td>
              <td>{names.get(interval.unit) ?? interval.unit}</td>
              <td className="numeric">{interval.medianRank ?? '—'}</td>
              <td className="numeric">
                {interval.lowRank === null ? '—' : `${interval.lowRank}–${interval.highRank ?? ''}`}
              </td>
              <td className="interval-cell">
                {interval.lowRank !== null && interval.highRank !== null && (
                  <svg
                    viewBox="0 0 100 10"
                    preserveAspectRatio="none"
                    className="interval-bar"
                    aria-hidden="true"
                  >
                    <line x1="0" x2="100" y1="5" y2="5" className="axis" />
                    <rect
                      x={x(interval.lowRank)}
                      width={Math.max(0.8, x(interval.highRank) - x(interval.lowRank))}
                      y="2"
                      height="6"
                      className="range"
                    />
                    {interval.nominalRank !== null && (
                      <rect
                        x={x(interval.nominalRank) - 0.6}
                        width="1.2"
                        y="0"
                        height="10"
                        className="nominal"
                      />
                    )}
                  </svg>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

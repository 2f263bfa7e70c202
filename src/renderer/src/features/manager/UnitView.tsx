import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { indicatorChanges } from '@core/comparison/indicatorChanges'
import { strengthsAndWeaknesses } from '@core/comparison/strengthsAndWeaknesses'
import { unitTrajectory } from '@core/comparison/unitTrajectory'
import type { YearResults } from '@core/comparison/yearResults'
import { PrintButton } from '../../ui/PrintButton'
import type { RestatedYear } from '@core/comparison/restateYear'
import { RestatedBadge } from './RestatedBadge'
import { restatementText } from './restatementText'
import { ChartPanel } from './ChartPanel'
import { IndicatorChangeTable } from './IndicatorChangeTable'
import { StandingPanel } from './StandingPanel'
import { unitCharts } from './unitCharts'
import type { ManagerFormat } from './useManagerFormat'

type UnitViewProps = {
  readonly years: readonly YearResults[]
  readonly earlier: YearResults
  readonly later: YearResults
  readonly unitCode: string
  readonly onSelectUnit: (code: string) => void
  readonly format: ManagerFormat
  /** Earlier years restated in the latest year's units, with their notes. */
  readonly restatedByYear?: ReadonlyMap<number, RestatedYear>
}

/** One unit across the years: trends (scores or rank), radar of two years, indicator changes, strengths and weaknesses. */
export function UnitView({
  years,
  earlier,
  later,
  unitCode,
  onSelectUnit,
  format,
  restatedByYear = new Map(),
}: UnitViewProps) {
  const { t } = useTranslation()
  const [trendView, setTrendView] = useState<'score' | 'rank'>('score')
  const units = useMemo(() => {
    const byCode = new Map<string, string>()
    for (const year of years) for (const unit of year.result.units) byCode.set(unit.code, unit.name)
    const collator = new Intl.Collator('vi')
    return [...byCode.entries()].sort((a, b) => collator.compare(a[1], b[1]))
  }, [years])
  const trajectory = useMemo(() => unitTrajectory(years, unitCode), [years, unitCode])
  const changes = useMemo(
    () => indicatorChanges(earlier, later, unitCode, years),
    [earlier, later, unitCode, years],
  )
  const standing = useMemo(
    () => strengthsAndWeaknesses(later, unitCode, { include: 'components', limit: 3 }),
    [later, unitCode],
  )
  const charts = useMemo(
    () => (trajectory === null ? [] : unitCharts(years, trajectory, [earlier.year, later.year], t, format)),
    [years, trajectory, earlier.year, later.year, t, format],
  )
  const [trend, rank, radar] = charts
  const unitNotes = new Map(
    [...restatedByYear.entries()].flatMap(([year, restated]) => {
      const note = restated.notes.get(unitCode)
      return note === undefined ? [] : [[year, note] as const]
    }),
  )
  const unitLegend =
    unitNotes.size === 0 ? null : (
      <ul className="manager-restated-legend" data-testid="manager-unit-restated">
        {[...unitNotes.entries()].map(([year, note]) => (
          <li key={year}>{t('manager.lineage.unitYear', { year, text: restatementText(note, t) })}</li>
        ))}
      </ul>
    )
  return (
    <div className="manager-unit-view">
      <div className="toolbar">
        <PrintButton
          scope="comparison"
          suggestedName={`so-sanh-${unitCode}-${earlier.year}-${later.year}`}
          landscape={false}
        />
      </div>
      <label className="manager-field">
        <span>{t('manager.unit.select')}</span>
        <select value={unitCode} onChange={(event) => onSelectUnit(event.target.value)}>
          {units.map(([code, name]) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
      </label>
      {trajectory === null ? null : (
        <>
          <h2 className="manager-unit-heading">
            {t('manager.unit.heading', { name: trajectory.unit.name })}
          </h2>
          <ul className="manager-unit-summary">
            {trajectory.years.map((year) => (
              <li key={year.year} data-year={year.year}>
                {t('manager.unit.summary', {
                  year: year.year,
                  value: format.score(year.composite),
                  rank:
                    year.rank === null
                      ? t('manager.unit.notAssessed')
                      : t('manager.unit.rankOf', { rank: year.rank, count: year.rankedCount }),
                })}{' '}
                <RestatedBadge note={restatedByYear.get(year.year)?.notes.get(unitCode)} />
              </li>
            ))}
          </ul>
          <div className="manager-chart-grid">
            {trend !== undefined && rank !== undefined ? (
              <ChartPanel
                id={trendView === 'score' ? trend.id : rank.id}
                title={trendView === 'score' ? trend.title : rank.title}
                config={trendView === 'score' ? trend.config : rank.config}
                table={trendView === 'score' ? trend.table : rank.table}
                height={340}
                fileName={`${trendView === 'score' ? 'xu-huong' : 'thu-hang'}-${later.frameworkId}-${unitCode}`}
                note={trendView === 'score' ? t('manager.unit.gapNote') : undefined}
                footer={unitLegend}
              >
                <div className="manager-toggle" role="group" aria-label={t('manager.tabs.label')}>
                  <button
                    type="button"
                    aria-pressed={trendView === 'score'}
                    onClick={() => setTrendView('score')}
                  >
                    {t('manager.unit.byScore')}
                  </button>
                  <button
                    type="button"
                    aria-pressed={trendView === 'rank'}
                    onClick={() => setTrendView('rank')}
                  >
                    {t('manager.unit.byRank')}
                  </button>
                </div>
              </ChartPanel>
            ) : null}
            {radar === undefined ? null : (
              <ChartPanel
                id={radar.id}
                title={radar.title}
                config={radar.config}
                table={radar.table}
                height={380}
                fileName={`radar-${later.frameworkId}-${unitCode}-${earlier.year}-${later.year}`}
              />
            )}
          </div>
          {changes === null ? (
            <p className="manager-note">{t('manager.indicators.notBoth')}</p>
          ) : (
            <IndicatorChangeTable changes={changes} format={format} />
          )}
          {standing === null ? null : (
            <StandingPanel
              standing={standing}
              structure={later.structure}
              format={format}
              restated={restatedByYear.get(earlier.year)?.notes.get(unitCode)}
            />
          )}
        </>
      )}
    </div>
  )
}

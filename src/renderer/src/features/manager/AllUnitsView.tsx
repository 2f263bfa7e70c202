import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { componentMatrix } from '@core/comparison/componentMatrix'
import { groupAverages } from '@core/comparison/groupAverages'
import { biggestMovers, rankChanges } from '@core/comparison/rankChanges'
import { componentCodesOf, nodeName, type YearResults } from '@core/comparison/yearResults'
import { allUnitsCharts, MOVERS } from './allUnitsCharts'
import { PrintButton } from '../../ui/PrintButton'
import { ChartPanel } from './ChartPanel'
import { HeatMap } from './HeatMap'
import { ManagerTable } from './ManagerTable'
import { RankChangeTable } from './RankChangeTable'
import type { ManagerFormat } from './useManagerFormat'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { RestatedBadge } from './RestatedBadge'
import { RestatedLegend } from './RestatedLegend'

type AllUnitsViewProps = {
  readonly years: readonly YearResults[]
  readonly earlier: YearResults
  readonly later: YearResults
  readonly format: ManagerFormat
  readonly onOpenUnit: (code: string) => void
  /** The earlier year's restated units (empty when no lineage event separates the years). */
  readonly notes?: ReadonlyMap<string, UnitRestatement>
}

const HEIGHTS: Readonly<Record<string, number>> = {
  'all-bump': 520,
  'all-movers': 360,
  'all-box': 320,
  'all-histogram': 320,
  'all-groups': 320,
}

/** All units: rank changes (table and bump chart), movers, the composite's distribution, group means and the heat map. */
export function AllUnitsView({
  years,
  earlier,
  later,
  format,
  onOpenUnit,
  notes = new Map(),
}: AllUnitsViewProps) {
  const { t } = useTranslation()
  const charts = useMemo(
    () => allUnitsCharts(years, earlier, later, t, format),
    [years, earlier, later, t, format],
  )
  const changes = useMemo(() => rankChanges(earlier, later), [earlier, later])
  const movers = useMemo(() => biggestMovers(changes, MOVERS), [changes])
  const matrix = useMemo(() => componentMatrix(later), [later])
  const averages = useMemo(() => groupAverages(years), [years])
  const codes = componentCodesOf(later)
  const labelOf = (code: string) => `${code} — ${format.text(nodeName(later.structure, code))}`
  const chart = (id: string) => charts.find((item) => item.id === id)
  const names = new Map(later.result.units.map((unit) => [unit.code, unit.name]))
  const legend = <RestatedLegend notes={notes} names={names} year={earlier.year} />
  const panel = (id: string, note?: string) => {
    const item = chart(id)
    return item === undefined ? null : (
      <ChartPanel
        key={id}
        id={item.id}
        title={item.title}
        config={item.config}
        table={item.table}
        height={HEIGHTS[id] ?? 320}
        fileName={`${id}-${later.frameworkId}-${earlier.year}-${later.year}`}
        note={note}
        exportHeight={id === 'all-bump' ? 720 : undefined}
        footer={id === 'all-bump' || id === 'all-movers' ? legend : undefined}
      />
    )
  }
  const moverList = (rows: typeof movers.up, heading: string, className: string) => (
    <div>
      <h4>{heading}</h4>
      {rows.length === 0 ? (
        <p>{t('manager.all.moversNone')}</p>
      ) : (
        <ol className={className}>
          {rows.map((row) => (
            <li key={row.code}>
              <button type="button" className="manager-link-button" onClick={() => onOpenUnit(row.code)}>
                {row.name}
              </button>{' '}
              <RestatedBadge note={notes.get(row.code)} /> {row.rankBefore} → {row.rankAfter} (
              {(row.change ?? 0) > 0
                ? t('manager.all.up', { count: row.change })
                : t('manager.all.down', { count: -(row.change ?? 0) })}
              )
            </li>
          ))}
        </ol>
      )}
    </div>
  )
  return (
    <div className="manager-all-view">
      <div className="toolbar">
        <PrintButton
          scope="comparison"
          suggestedName={`so-sanh-${later.frameworkId}-${earlier.year}-${later.year}`}
          landscape
        />
      </div>
      {earlier.year === later.year ? null : (
        <>
          {panel('all-bump', t('manager.all.bumpNote'))}
          <RankChangeTable
            rows={changes}
            earlier={earlier.year}
            later={later.year}
            format={format}
            onOpenUnit={onOpenUnit}
            notes={notes}
          />
          <div className="manager-movers">
            {moverList(movers.up, t('manager.all.moversUp'), 'manager-movers-up')}
            {moverList(movers.down, t('manager.all.moversDown'), 'manager-movers-down')}
          </div>
          {panel('all-movers')}
        </>
      )}
      <div className="manager-chart-grid">
        {panel('all-box')}
        {panel('all-histogram')}
      </div>
      {panel('all-groups')}
      <ManagerTable
        caption={t('manager.all.groupsTitle')}
        headers={[
          t('manager.columns.year'),
          t('manager.columns.group'),
          t('manager.columns.count'),
          t('manager.columns.composite'),
          ...codes,
        ]}
        rows={averages.flatMap((year) =>
          year.groups.map((group) => [
            String(year.year),
            group.group,
            String(group.count),
            format.score(group.composite),
            ...codes.map((code) => format.score(group.components[code] ?? null)),
          ]),
        )}
        numeric={[0, 2, 3, ...codes.map((_, index) => index + 4)]}
        className="manager-groups-table"
      />
      <HeatMap
        matrix={matrix}
        title={t('manager.all.heatmapTitle', { year: later.year })}
        labelOf={labelOf}
        format={format}
        onOpenUnit={onOpenUnit}
        notes={notes}
      />
    </div>
  )
}

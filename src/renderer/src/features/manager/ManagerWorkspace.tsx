import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { ComparisonSeries } from '@core/comparison/comparisonSeries'
import { matchCodes } from '@core/comparison/matchCodes'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { AllUnitsView } from './AllUnitsView'
import { ImportResults } from './ImportResults'
import { managerPath } from './managerPath'
import { UnitView } from './UnitView'
import { useComparisonExport } from './useComparisonExport'
import { useManagerFormat } from './useManagerFormat'
import { useManagerView } from './useManagerView'

/** Series and years chosen, the two views (all units, one unit), export and import. */
export function ManagerWorkspace({
  series: allSeries,
  skipped,
}: {
  readonly series: readonly ComparisonSeries[]
  readonly skipped: number
}) {
  const { t } = useTranslation()
  const format = useManagerFormat()
  const route = useManagerView()
  const navigate = useNavigate()
  const [seriesId, setSeriesId] = useState(allSeries[0]?.frameworkId ?? '')
  const series = allSeries.find((item) => item.frameworkId === seriesId) ?? allSeries[0]
  const years = useMemo(() => series?.years ?? [], [series])
  const latestYear = years.at(-1)?.year ?? 0
  const [pair, setPair] = useState<{ readonly earlier: number; readonly later: number } | null>(null)
  const earlierYear =
    pair !== null && years.some((year) => year.year === pair.earlier)
      ? pair.earlier
      : (years.at(-2)?.year ?? latestYear)
  const laterYear = pair !== null && years.some((year) => year.year === pair.later) ? pair.later : latestYear
  const earlier = years.find((year) => year.year === Math.min(earlierYear, laterYear))
  const later = years.find((year) => year.year === Math.max(earlierYear, laterYear))
  const unitCode = route.view === 'unit' ? (route.unitCode ?? later?.result.units[0]?.code ?? null) : null
  const exporter = useComparisonExport(
    series ?? { frameworkId: '', years: [] },
    earlier ?? years[0]!,
    later ?? years[0]!,
    unitCode,
    format,
  )
  if (series === undefined || earlier === undefined || later === undefined) return null
  const matching =
    earlier.frameworkVersion === later.frameworkVersion ? null : matchCodes(earlier, later, years)
  const openUnit = (code: string) => void navigate(managerPath({ view: 'unit', unitCode: code }))
  return (
    <div className="manager-workspace">
      <p className="lead">{t('manager.lead')}</p>
      <section className="manager-controls" aria-label={t('manager.controls.label')}>
        {allSeries.length > 1 ? (
          <label className="manager-field">
            <span>{t('manager.controls.series')}</span>
            <select value={series.frameworkId} onChange={(event) => setSeriesId(event.target.value)}>
              {allSeries.map((item) => (
                <option key={item.frameworkId} value={item.frameworkId}>
                  {format.text(item.years.at(-1)?.structure.name)} ({item.frameworkId})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="manager-series-name">{format.text(later.structure.name)}</p>
        )}
        <label className="manager-field">
          <span>{t('manager.controls.earlier')}</span>
          <select
            value={earlier.year}
            onChange={(event) => setPair({ earlier: Number(event.target.value), later: later.year })}
          >
            {years.map((year) => (
              <option key={year.year} value={year.year}>
                {year.year}
              </option>
            ))}
          </select>
        </label>
        <label className="manager-field">
          <span>{t('manager.controls.later')}</span>
          <select
            value={later.year}
            onChange={(event) => setPair({ earlier: earlier.year, later: Number(event.target.value) })}
          >
            {years.map((year) => (
              <option key={year.year} value={year.year}>
                {year.year}
              </option>
            ))}
          </select>
        </label>
        <div className="manager-export">
          <button
            type="button"
            className="button primary"
            disabled={exporter.state.status === 'working'}
            onClick={() => void exporter.exportWorkbook()}
          >
            {t('manager.export.workbook')}
          </button>
          <span className="manager-status" role="status">
            {exporter.state.status === 'working'
              ? exporter.progress === null
                ? t('manager.export.working')
                : null
              : exporter.state.status === 'stopped'
                ? t('ui.progress.cancelledNothingWritten')
                : exporter.state.status === 'saved'
                  ? t('manager.export.saved', { path: exporter.state.path })
                  : exporter.state.status === 'failed'
                    ? t('manager.export.failed')
                    : exporter.state.status === 'cancelled'
                      ? t('manager.export.cancelled')
                      : null}
          </span>
          {exporter.progress !== null && (
            <ProgressBar
              progress={exporter.progress}
              label={t('manager.export.working')}
              onCancel={exporter.cancel}
              testId="comparison-export-progress"
            />
          )}
        </div>
      </section>
      <p className="manager-note">
        {t('manager.controls.sources', {
          list: years
            .map(
              (year) =>
                `${year.year} (${year.frameworkVersion}${year.source.kind === 'imported' ? `, ${t('manager.controls.imported')}` : ''})`,
            )
            .join(', '),
        })}
        {skipped > 0 ? ` ${t('manager.controls.skipped', { count: skipped })}` : null}
      </p>
      {years.length < 2 ? (
        <p className="manager-callout">{t('manager.controls.single', { year: later.year })}</p>
      ) : null}
      {matching === null ? null : (
        <p className="manager-callout" data-testid="manager-version-note">
          {matching.declared
            ? t('manager.versionChange', {
                earlier: earlier.year,
                later: later.year,
                earlierVersion: earlier.frameworkVersion,
                laterVersion: later.frameworkVersion,
              })
            : t('manager.undeclared', { earlier: earlier.frameworkVersion, later: later.frameworkVersion })}
        </p>
      )}
      <nav className="manager-tabs" aria-label={t('manager.tabs.label')}>
        <Link to={managerPath({ view: 'all' })} aria-current={route.view === 'all' ? 'page' : undefined}>
          {t('manager.tabs.all')}
        </Link>
        <Link
          to={managerPath({ view: 'unit', unitCode })}
          aria-current={route.view === 'unit' ? 'page' : undefined}
        >
          {t('manager.tabs.unit')}
        </Link>
      </nav>
      <div className="manager-view">
        {route.view === 'unit' && unitCode !== null ? (
          <UnitView
            years={years}
            earlier={earlier}
            later={later}
            unitCode={unitCode}
            onSelectUnit={openUnit}
            format={format}
          />
        ) : (
          <AllUnitsView years={years} earlier={earlier} later={later} format={format} onOpenUnit={openUnit} />
        )}
      </div>
      <ImportResults frameworkId={series.frameworkId} rootCode={later.result.rootCode} />
    </div>
  )
}

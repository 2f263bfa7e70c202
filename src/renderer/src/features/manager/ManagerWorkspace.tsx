import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { ComparisonSeries } from '@core/comparison/comparisonSeries'
import { matchCodes } from '@core/comparison/matchCodes'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import type { CombineRule } from '@core/comparison/restateYear'
import { restateSeries } from '@core/comparison/restateSeries'
import type { UnitLineage } from '@core/comparison/unitLineage'
import { LineagePanel } from './LineagePanel'
import { combineRuleText, dissolvedText } from './restatementText'
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
  lineage,
}: {
  readonly series: readonly ComparisonSeries[]
  readonly skipped: number
  readonly lineage: UnitLineage
}) {
  const { t } = useTranslation()
  const format = useManagerFormat()
  const route = useManagerView()
  const navigate = useNavigate()
  const [seriesId, setSeriesId] = useState(allSeries[0]?.frameworkId ?? '')
  const series = allSeries.find((item) => item.frameworkId === seriesId) ?? allSeries[0]
  const [rule, setRule] = useState<CombineRule>({ kind: 'mean' })
  const restated = useMemo(
    () => restateSeries(series?.years ?? [], lineage, { rule }),
    [series, lineage, rule],
  )
  const years = restated.years
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
  const exportedSeries = useMemo(
    () => ({ frameworkId: series?.frameworkId ?? '', years: restated.years }),
    [series, restated],
  )
  const exporter = useComparisonExport(
    exportedSeries,
    earlier ?? years[0]!,
    later ?? years[0]!,
    unitCode,
    format,
  )
  if (series === undefined || earlier === undefined || later === undefined) return null
  const earlierRestated = restated.byYear.get(earlier.year)
  const notes = earlierRestated?.notes ?? new Map()
  const hasWeights = lineage.rows.some((row) => row.weight !== null)
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
      {lineage.rows.length === 0 || restated.byYear.size === 0 ? null : (
        <div className="manager-callout manager-lineage-note" data-testid="manager-lineage-note">
          <p>
            {t('manager.lineage.restatedYears', {
              years: [...restated.byYear.keys()].join(', '),
              latest: years.at(-1)?.year ?? later.year,
              count: notes.size,
              year: earlier.year,
              rule: combineRuleText(rule, t),
            })}
          </p>
          <label className="manager-field">
            <span>{t('manager.lineage.ruleLabel')}</span>
            <select
              value={rule.kind === 'weighted' ? `weighted:${rule.attribute}` : rule.kind}
              onChange={(event) =>
                setRule(
                  event.target.value === 'none'
                    ? { kind: 'none' }
                    : event.target.value === 'weighted:weight'
                      ? { kind: 'weighted', attribute: 'weight' }
                      : { kind: 'mean' },
                )
              }
            >
              <option value="mean">{t('manager.lineage.rule.mean')}</option>
              {hasWeights ? (
                <option value="weighted:weight">
                  {t('manager.lineage.rule.weighted', { attribute: 'weight' })}
                </option>
              ) : null}
              <option value="none">{t('manager.lineage.rule.none')}</option>
            </select>
          </label>
          {earlierRestated === undefined || earlierRestated.dissolved.length === 0 ? null : (
            <div data-testid="manager-dissolved">
              <p>
                {t('manager.lineage.dissolvedHeading', {
                  year: earlier.year,
                  count: earlierRestated.dissolved.length,
                })}
              </p>
              <ul>
                {earlierRestated.dissolved.map((unit) => (
                  <li key={unit.code}>{dissolvedText(unit, t)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
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
            restatedByYear={restated.byYear}
          />
        ) : (
          <AllUnitsView
            years={years}
            earlier={earlier}
            later={later}
            format={format}
            onOpenUnit={openUnit}
            notes={notes}
          />
        )}
      </div>
      <ImportResults frameworkId={series.frameworkId} rootCode={later.result.rootCode} />
      <LineagePanel />
    </div>
  )
}

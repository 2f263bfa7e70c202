import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RankingColumn, RankingRow } from '@core/assessment/rankingRows'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { ValidFramework } from '@core/framework/validateFramework'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatScore } from './formatScore'
import { useRankingTable } from './useRankingTable'

type RankingTableProps = {
  readonly framework: ValidFramework
  readonly result: AssessmentResult
  readonly componentCodes: readonly string[]
  readonly selected: number | null
  readonly onSelect: (index: number) => void
}

/** The ranking: rank, code, name, composite, each component and band, sortable by any column and filterable. */
export function RankingTable({ framework, result, componentCodes, selected, onSelect }: RankingTableProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const table = useRankingTable(result, componentCodes)
  const bands = framework.bands ?? []
  const root = framework.components.find((component) => component.parent === null)
  const header = (column: RankingColumn, label: string, className = '') => (
    <th scope="col" aria-sort={table.ariaSort(column)} className={className}>
      <button type="button" className="sort-button" onClick={() => table.sortBy(column)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {table.ariaSort(column) === 'ascending' ? '▲' : table.ariaSort(column) === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  )
  return (
    <section aria-labelledby="ranking-heading">
      <h3 id="ranking-heading">{t('evaluator.ranking.heading')}</h3>
      <div className="toolbar">
        <label className="field field-inline">
          <span>{t('evaluator.board.search')}</span>
          <input
            type="search"
            value={table.filter.search}
            onChange={(event) => table.setFilter({ ...table.filter, search: event.target.value })}
          />
        </label>
        {table.groups.length > 1 && (
          <label className="field field-inline">
            <span>{t('evaluator.board.group')}</span>
            <select
              value={table.filter.group}
              onChange={(event) => table.setFilter({ ...table.filter, group: event.target.value })}
            >
              <option value="all">{t('evaluator.board.allGroups')}</option>
              {table.groups.map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
            </select>
          </label>
        )}
        {bands.length > 0 && (
          <label className="field field-inline">
            <span>{t('evaluator.ranking.band')}</span>
            <select
              value={table.filter.band}
              onChange={(event) => table.setFilter({ ...table.filter, band: event.target.value })}
            >
              <option value="all">{t('evaluator.ranking.allBands')}</option>
              {bands.map((band) => (
                <option key={band.code} value={band.code}>
                  {localized(band.label, language)}
                </option>
              ))}
              <option value="none">{t('evaluator.ranking.noBand')}</option>
            </select>
          </label>
        )}
        <span role="status" className="help">
          {t('evaluator.ranking.shown', { shown: table.rows.length, total: table.all.length })}
        </span>
      </div>
      <div className="table-scroll">
        <table className="data-table ranking-table">
          <thead>
            <tr>
              {header('rank', t('evaluator.columns.rank'), 'numeric')}
              {header('code', t('evaluator.columns.code'))}
              {header('name', t('evaluator.columns.unit'))}
              {header(
                'composite',
                `${t('evaluator.columns.composite')} ${root?.code ?? ''}`.trim(),
                'numeric',
              )}
              {componentCodes.map((code, index) => (
                <th
                  key={code}
                  scope="col"
                  aria-sort={table.ariaSort({ component: index })}
                  className="numeric"
                  title={localized(
                    framework.components.find((component) => component.code === code)?.name,
                    language,
                  )}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => table.sortBy({ component: index })}
                  >
                    {code}
                    <span aria-hidden="true" className="sort-mark">
                      {table.ariaSort({ component: index }) === 'ascending'
                        ? '▲'
                        : table.ariaSort({ component: index }) === 'descending'
                          ? '▼'
                          : ''}
                    </span>
                  </button>
                </th>
              ))}
              {bands.length > 0 && header('band', t('evaluator.ranking.band'))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <RankingRowView
                key={row.code}
                row={row}
                isSelected={selected === row.index}
                decimals={result.decimals}
                bandLabel={
                  bands.length === 0
                    ? null
                    : localized(bands.find((band) => band.code === row.band)?.label, language)
                }
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

type RankingRowViewProps = {
  readonly row: RankingRow
  readonly isSelected: boolean
  readonly decimals: number
  readonly bandLabel: string | null
  readonly onSelect: (index: number) => void
}

/** One unit's row; memoised, so sorting or filtering 700 units moves rows instead of rebuilding them. */
const RankingRowView = memo(function RankingRowView({
  row,
  isSelected,
  decimals,
  bandLabel,
  onSelect,
}: RankingRowViewProps) {
  const language = useLanguage()
  return (
    <tr className={isSelected ? 'is-selected' : ''} data-unit={row.code}>
      <td className="numeric rank">{row.rank ?? '—'}</td>
      <td className="code">{row.code}</td>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={() => onSelect(row.index)}
          aria-pressed={isSelected}
        >
          {row.name}
        </button>
      </td>
      <td className="numeric composite">{formatScore(row.composite, decimals, language)}</td>
      {row.components.map((value, index) => (
        <td key={index} className="numeric">
          {formatScore(value, decimals, language)}
        </td>
      ))}
      {bandLabel !== null && <td>{bandLabel}</td>}
    </tr>
  )
})

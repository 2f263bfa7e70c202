import { useTranslation } from 'react-i18next'
import type { RankChange } from '@core/comparison/rankChanges'
import type { ManagerFormat } from './useManagerFormat'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { RestatedBadge } from './RestatedBadge'

/** Every unit's rank in two years with an arrow and the places moved. */
export function RankChangeTable({
  rows,
  earlier,
  later,
  format,
  onOpenUnit,
  notes = new Map(),
}: {
  readonly rows: readonly RankChange[]
  readonly earlier: number
  readonly later: number
  readonly format: ManagerFormat
  readonly onOpenUnit: (code: string) => void
  readonly notes?: ReadonlyMap<string, UnitRestatement>
}) {
  const { t } = useTranslation()
  const movement = (row: RankChange) => {
    if (row.presence === 'later-only') return t('manager.all.new')
    if (row.presence === 'earlier-only') return t('manager.all.gone', { year: later })
    if (row.change === null || row.change === 0) return t('manager.all.same')
    return row.change > 0
      ? t('manager.all.up', { count: row.change })
      : t('manager.all.down', { count: -row.change })
  }
  return (
    <section className="manager-panel" aria-labelledby="manager-rank-heading">
      <h3 id="manager-rank-heading">{t('manager.all.rankHeading', { earlier, later })}</h3>
      <div className="manager-table-scroll manager-rank-scroll">
        <table className="manager-table manager-rank-table">
          <caption className="visually-hidden">{t('manager.all.rankHeading', { earlier, later })}</caption>
          <thead>
            <tr>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.rankIn', { year: later })}
              </th>
              <th scope="col">{t('manager.columns.unit')}</th>
              <th scope="col">{t('manager.columns.group')}</th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.rankIn', { year: earlier })}
              </th>
              <th scope="col">{t('manager.columns.change')}</th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.compositeIn', { year: earlier })}
              </th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.compositeIn', { year: later })}
              </th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.compositeChange')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-code={row.code}>
                <td className="manager-numeric">{row.rankAfter ?? '—'}</td>
                <th scope="row">
                  <button type="button" className="manager-link-button" onClick={() => onOpenUnit(row.code)}>
                    {row.name}
                  </button>{' '}
                  <RestatedBadge note={notes.get(row.code)} />
                </th>
                <td>{row.group}</td>
                <td className="manager-numeric">{row.rankBefore ?? '—'}</td>
                <td
                  className={`manager-move ${row.change === null || row.change === 0 ? '' : row.change > 0 ? 'manager-move-up' : 'manager-move-down'}`}
                >
                  {movement(row)}
                </td>
                <td className="manager-numeric">{format.score(row.compositeBefore)}</td>
                <td className="manager-numeric">{format.score(row.compositeAfter)}</td>
                <td className="manager-numeric">{format.signed(row.compositeChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorChanges } from '@core/comparison/indicatorChanges'
import type { ManagerFormat } from './useManagerFormat'

const FIRST_ROWS = 15

/** The indicator changes of a unit between two years, by impact on the composite; not comparable ones marked. */
export function IndicatorChangeTable({
  changes,
  format,
}: {
  readonly changes: IndicatorChanges
  readonly format: ManagerFormat
}) {
  const { t } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  const rows = showAll ? changes.rows : changes.rows.slice(0, FIRST_ROWS)
  const y1 = changes.earlierYear
  const y2 = changes.laterYear
  return (
    <section className="manager-panel" aria-labelledby="manager-indicators-heading">
      <h3 id="manager-indicators-heading">{t('manager.indicators.heading', { earlier: y1, later: y2 })}</h3>
      <p className="manager-note">{t('manager.indicators.lead')}</p>
      <p>
        {t('manager.indicators.explained', {
          change: format.signed(changes.compositeChange),
          explained: format.signed(changes.explained),
        })}
      </p>
      {changes.additive ? null : <p className="manager-note">{t('manager.indicators.notAdditive')}</p>}
      <div className="manager-table-scroll">
        <table className="manager-table manager-indicator-table">
          <caption className="visually-hidden">
            {t('manager.indicators.heading', { earlier: y1, later: y2 })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.columns.indicator')}</th>
              <th scope="col">{t('manager.columns.comparability')}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.value')} ${y1}`}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.value')} ${y2}`}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.score')} ${y1}`}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.score')} ${y2}`}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.contribution')} ${y1}`}</th>
              <th scope="col" className="manager-numeric">{`${t('manager.columns.contribution')} ${y2}`}</th>
              <th scope="col" className="manager-numeric">
                {t('manager.columns.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.status}-${row.code}`}
                data-code={row.code}
                className={row.comparable ? undefined : 'manager-not-comparable'}
              >
                <th scope="row">
                  <span className="manager-code">{row.code}</span> {format.text(row.name)}
                  {row.status === 'renamed' ? (
                    <span className="manager-note"> ({row.previousCode})</span>
                  ) : null}
                </th>
                <td>
                  {t(`manager.status.${row.status}`)}
                  {row.note === null ? null : (
                    <span className="manager-note"> — {format.text(row.note)}</span>
                  )}
                </td>
                <td className="manager-numeric">{format.value(row.before?.value)}</td>
                <td className="manager-numeric">{format.value(row.after?.value)}</td>
                <td className="manager-numeric">{format.score(row.before?.score)}</td>
                <td className="manager-numeric">{format.score(row.after?.score)}</td>
                <td className="manager-numeric">{format.score(row.before?.contribution)}</td>
                <td className="manager-numeric">{format.score(row.after?.contribution)}</td>
                <td className="manager-numeric manager-change">
                  {row.comparable ? format.signed(row.contributionChange) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {changes.rows.length > FIRST_ROWS ? (
        <button type="button" className="button small" onClick={() => setShowAll((value) => !value)}>
          {showAll
            ? t('manager.indicators.less')
            : t('manager.indicators.more', { count: changes.rows.length })}
        </button>
      ) : null}
    </section>
  )
}

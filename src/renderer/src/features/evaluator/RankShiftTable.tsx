import { useTranslation } from 'react-i18next'
import type { RankComparison } from '@core/assessment/compareRankings'
import { useLanguage } from '../../i18n/useLanguage'
import { formatScore } from './formatScore'

/** The official ranking beside the what-if one, each unit's move highlighted. */
export function RankShiftTable({
  comparison,
  decimals,
}: {
  readonly comparison: RankComparison
  readonly decimals: number
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <div className="table-scroll">
      <table className="data-table shift-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('evaluator.whatIf.officialRank')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluator.whatIf.whatIfRank')}
            </th>
            <th scope="col">{t('evaluator.whatIf.shift')}</th>
            <th scope="col">{t('evaluator.columns.code')}</th>
            <th scope="col">{t('evaluator.columns.unit')}</th>
            <th scope="col" className="numeric">
              {t('evaluator.whatIf.officialScore')}
            </th>
            <th scope="col" className="numeric">
              {t('evaluator.whatIf.whatIfScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const moved = row.shift === null || row.shift === 0 ? '' : row.shift > 0 ? 'up' : 'down'
            return (
              <tr key={row.code} className={moved === '' ? '' : `moved-${moved}`}>
                <td className="numeric">{row.rank ?? '—'}</td>
                <td className="numeric">{row.otherRank ?? '—'}</td>
                <td className={`shift ${moved}`}>
                  {moved === 'up' && t('evaluator.whatIf.up', { count: row.shift ?? 0 })}
                  {moved === 'down' && t('evaluator.whatIf.down', { count: -(row.shift ?? 0) })}
                </td>
                <td className="code">{row.code}</td>
                <td>{row.name}</td>
                <td className="numeric">{formatScore(row.score, decimals, language)}</td>
                <td className="numeric">{formatScore(row.otherScore, decimals, language)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

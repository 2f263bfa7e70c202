import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { filterStatusBoard, UNIT_STATUSES, type StatusBoardFilter } from '@core/assessment/statusBoard'
import { evaluatorPath } from './evaluatorPath'
import { EditUnitsPanel } from './EditUnitsPanel'
import { FeedbackRoundPanel } from './FeedbackRoundPanel'
import { formatDate } from '../../i18n/format'
import { ImportHost } from './ImportHost'
import { ReceiveSubmissions } from './ReceiveSubmissions'
import type { AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useLanguage } from '../../i18n/useLanguage'

/** One row per unit with its status, filters and counts; a unit opens its review. */
export function StatusBoardPanel({
  view,
  actions,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [filter, setFilter] = useState<StatusBoardFilter>({ status: 'all', search: '', group: 'all' })
  const { board } = view
  const { assessment } = view.workspace
  const groups = useMemo(
    () => [...new Set(assessment.units.map((unit) => unit.group).filter((group) => group !== ''))],
    [assessment.units],
  )
  const rows = filterStatusBoard(board.rows, filter)
  return (
    <section aria-labelledby="status-board-heading">
      <h3 id="status-board-heading">{t('evaluator.board.heading')}</h3>
      <ReceiveSubmissions view={view} onRefresh={actions.reload} />
      <ImportHost view={view} onImported={actions.reload} />
      <FeedbackRoundPanel view={view} />
      <div className="status-filters" role="group" aria-label={t('evaluator.board.filterByStatus')}>
        <button
          type="button"
          className="filter-chip"
          aria-pressed={filter.status === 'all'}
          onClick={() => setFilter({ ...filter, status: 'all' })}
        >
          {t('evaluator.board.all')} <span className="count">{board.rows.length}</span>
        </button>
        {UNIT_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`filter-chip status-${status}`}
            aria-pressed={filter.status === status}
            onClick={() => setFilter({ ...filter, status })}
          >
            {t(`evaluator.unitStatus.${status}`)} <span className="count">{board.counts[status]}</span>
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label className="field field-inline">
          <span>{t('evaluator.board.search')}</span>
          <input
            type="search"
            value={filter.search}
            onChange={(event) => setFilter({ ...filter, search: event.target.value })}
          />
        </label>
        {groups.length > 1 && (
          <label className="field field-inline">
            <span>{t('evaluator.board.group')}</span>
            <select
              value={filter.group}
              onChange={(event) => setFilter({ ...filter, group: event.target.value })}
            >
              <option value="all">{t('evaluator.board.allGroups')}</option>
              {groups.map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="table-scroll">
        <table className="data-table status-board">
          <caption className="visually-hidden">{t('evaluator.board.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluator.columns.code')}</th>
              <th scope="col">{t('evaluator.columns.unit')}</th>
              <th scope="col">{t('evaluator.columns.group')}</th>
              <th scope="col">{t('evaluator.columns.status')}</th>
              <th scope="col" className="numeric">
                {t('evaluator.columns.flags')}
              </th>
              <th scope="col" className="numeric">
                {t('evaluator.columns.appraisals')}
              </th>
              <th scope="col">{t('evaluator.columns.received')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.code}>
                <td className="code">{row.unit.code}</td>
                <td>
                  <Link to={evaluatorPath({ view: 'unit', id: assessment.id, unit: row.unit.code })}>
                    {row.unit.name}
                  </Link>
                </td>
                <td className="group">{row.unit.group}</td>
                <td>
                  <span className={`status-badge status-${row.status}`}>
                    {t(`evaluator.unitStatus.${row.status}`)}
                  </span>
                </td>
                <td className="numeric">{row.flagCount > 0 ? row.flagCount : ''}</td>
                <td className="numeric">{row.appraisalCount > 0 ? row.appraisalCount : ''}</td>
                <td className="received">
                  {row.receivedAt !== null && (
                    <>
                      {formatDate(new Date(row.receivedAt), language)}
                      <div className="help">{t(`evaluator.source.${row.source ?? 'unit-mode'}`)}</div>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="empty-note">{t('evaluator.board.noMatch')}</p>}
      <EditUnitsPanel key={assessment.rev} view={view} actions={actions} />
    </section>
  )
}

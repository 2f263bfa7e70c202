import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  filterStatusBoard,
  ROUND_STATES,
  UNIT_STATUSES,
  type StatusBoardFilter,
} from '@core/assessment/statusBoard'
import { evaluatorPath } from './evaluatorPath'
import { EditUnitsPanel } from './EditUnitsPanel'
import { FeedbackRoundPanel } from './FeedbackRoundPanel'
import { formatDate } from '../../i18n/format'
import { ImportHost } from './ImportHost'
import { ReceiveSubmissions } from './ReceiveSubmissions'
import type { AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useRoundBoard } from './useRoundBoard'
import { useLanguage } from '../../i18n/useLanguage'

/**
 * One row per unit with its status, filters and counts; a unit opens its review. Once a round was
 * issued, a column and a filter give each unit's appraisal-round state (`useRoundBoard`).
 */
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
  const board = useRoundBoard(view)
  const roundCounts = board.roundCounts
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
      {roundCounts !== undefined && (
        <div
          className="status-filters round-filters"
          role="group"
          aria-label={t('evaluator.board.filterByRound')}
        >
          <span className="round-filters-label">{t('evaluator.columns.round')}:</span>
          <button
            type="button"
            className="filter-chip"
            aria-pressed={(filter.roundState ?? 'all') === 'all'}
            onClick={() => setFilter({ ...filter, roundState: 'all' })}
          >
            {t('evaluator.board.all')}
          </button>
          {ROUND_STATES.map((state) => (
            <button
              key={state}
              type="button"
              className={`filter-chip round-${state}`}
              aria-pressed={filter.roundState === state}
              onClick={() => setFilter({ ...filter, roundState: state })}
            >
              {t(`evaluator.round.state.${state}`)} <span className="count">{roundCounts[state]}</span>
            </button>
          ))}
        </div>
      )}
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
              {roundCounts !== undefined && <th scope="col">{t('evaluator.columns.round')}</th>}
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
                {row.round !== undefined && (
                  <td className="round-state" data-round-state={row.round.state}>
                    <span className={`status-badge round-${row.round.state}`}>
                      {t(`evaluator.round.state.${row.round.state}`)}
                    </span>
                    {row.round.round !== null && (
                      <div className="help">
                        {t('evaluator.board.roundNumber', { round: row.round.round })}
                      </div>
                    )}
                  </td>
                )}
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

import { useTranslation } from 'react-i18next'
import { describeIssue } from '../../i18n/describeIssue'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { useBlankWorkbooks } from './useBlankWorkbooks'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * Where submissions come in: how many arrived and from where, blank questionnaire workbooks for
 * every unit, and the bulk import of the units' workbooks for this framework version and year.
 */
export function ReceiveSubmissions({
  view,
  onRefresh,
}: {
  readonly view: AssessmentView
  readonly onRefresh: () => void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const missing = view.board.counts['not-received']
  const blank = useBlankWorkbooks(view)
  return (
    <div className="receive-note">
      <p>
        {t('evaluator.receive.summary', {
          received: view.workspace.declared.length,
          total: view.workspace.assessment.units.length,
        })}
        {missing > 0 && ` ${t('evaluator.receive.missing', { count: missing })}`}
      </p>
      <p className="help">{t('evaluator.receive.sources')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={onRefresh}>
          {t('evaluator.receive.refresh')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void blank.write()}
          disabled={blank.state.status === 'writing'}
        >
          {t('evaluator.receive.blankWorkbooks')}
        </button>
        <span role="status" className="help">
          {blank.state.status === 'saved' &&
            t('evaluator.receive.blankSaved', { count: blank.state.count, savedTo: blank.state.savedTo })}
          {blank.state.status === 'cancelled' &&
            t('evaluator.receive.blankCancelled', {
              done: formatNumber(blank.state.done, language),
              total: formatNumber(blank.state.total, language),
            })}
        </span>
      </div>
      {blank.progress !== null && (
        <ProgressBar
          progress={blank.progress}
          label={t('evaluator.receive.progressLabel')}
          onCancel={blank.cancel}
          testId="blank-progress"
        />
      )}
      {blank.state.status === 'failed' && (
        <ul role="alert" className="issue-list">
          {blank.state.issues.map((issue, index) => (
            <li key={index}>{describeIssue(t, issue)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import type { AssessmentReadFailure } from '../../../../core/storage/assessmentRepository'
import type { StorageFailure } from '../../../../core/storage/storageError'
import { ReadFailure } from '../../ui/ReadFailure'
import { AssessmentHeader } from './AssessmentHeader'
import { AuditPanel } from './AuditPanel'
import { evaluatorHash, type EvaluatorView } from './evaluatorView'
import { ReportPanel } from './ReportPanel'
import { ResultsPanel } from './ResultsPanel'
import { SensitivityPanel } from './SensitivityPanel'
import { StatusBoardPanel } from './StatusBoardPanel'
import { UnitReview } from './UnitReview'
import { useAssessmentWorkspace } from './useAssessmentWorkspace'

type WorkspaceView = Extract<EvaluatorView, { readonly view: 'assessment' | 'unit' }>

/** One assessment: its header and tabs, or one unit's review; the workspace is loaded once for both. */
export function AssessmentWorkspaceScreen({ view }: { readonly view: WorkspaceView }) {
  const { t } = useTranslation()
  const { state, actions } = useAssessmentWorkspace(view.id)
  if (state.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (state.status === 'failed') {
    if (!isAssessmentReadFailure(state.error)) return <ReadFailure error={state.error} />
    return (
      <div role="alert" className="panel">
        <p>{t(`evaluator.issues.${state.error.code}`)}</p>
        <a className="button" href={evaluatorHash({ view: 'list' })}>
          {t('evaluator.common.backToList')}
        </a>
      </div>
    )
  }
  const current = state.view
  if (view.view === 'unit')
    return <UnitReview key={view.unit} view={current} unitCode={view.unit} actions={actions} />
  return (
    <>
      <AssessmentHeader view={current} actions={actions} />
      <nav className="tabs assessment-tabs" aria-label={t('evaluator.tabs.label')}>
        {(['units', 'results', 'sensitivity', 'report', 'audit'] as const).map((tab) => (
          <a
            key={tab}
            href={evaluatorHash({ view: 'assessment', id: view.id, tab })}
            aria-current={tab === view.tab ? 'page' : undefined}
          >
            {t(`evaluator.tabs.${tab}`)}
          </a>
        ))}
      </nav>
      <div className="tab-panel">
        {view.tab === 'units' && <StatusBoardPanel view={current} actions={actions} />}
        {view.tab === 'results' && <ResultsPanel view={current} />}
        {view.tab === 'sensitivity' && <SensitivityPanel view={current} />}
        {view.tab === 'report' && <ReportPanel view={current} />}
        {view.tab === 'audit' && <AuditPanel assessmentId={view.id} />}
      </div>
    </>
  )
}

function isAssessmentReadFailure(
  error: AssessmentReadFailure | StorageFailure,
): error is AssessmentReadFailure {
  return error.code === 'not-found' || error.code === 'framework-invalid'
}

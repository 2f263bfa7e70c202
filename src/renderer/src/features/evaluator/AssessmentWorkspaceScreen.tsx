import { useTranslation } from 'react-i18next'
import { Link, Outlet, useOutletContext, useParams } from 'react-router'
import type { AssessmentReadFailure } from '@core/storage/assessmentRepository'
import type { StorageFailure } from '@core/storage/storageError'
import { ReadFailure } from '../../ui/ReadFailure'
import { AuditChainBanner } from '../audit-log/AuditChainBanner'
import { evaluatorPath } from './evaluatorPath'
import { useAssessmentWorkspace, type AssessmentView, type WorkspaceActions } from './useAssessmentWorkspace'

/** What an assessment's child routes (its tabs, one unit's review) get from the loaded workspace. */
export type AssessmentOutlet = {
  readonly id: string
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}

/** `#/evaluator/a/<id>/…`: loads the assessment once for all its tabs and unit reviews. */
export function AssessmentWorkspaceScreen() {
  const { t } = useTranslation()
  const id = useParams()['assessmentId'] ?? ''
  const { state, actions } = useAssessmentWorkspace(id)
  if (state.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (state.status === 'failed') {
    if (!isAssessmentReadFailure(state.error)) return <ReadFailure error={state.error} />
    return (
      <div role="alert" className="panel">
        <p>{t(`evaluator.issues.${state.error.code}`)}</p>
        <Link className="button" to={evaluatorPath({ view: 'list' })}>
          {t('evaluator.common.backToList')}
        </Link>
      </div>
    )
  }
  return (
    <>
      <AuditChainBanner />
      <Outlet context={{ id, view: state.view, actions } satisfies AssessmentOutlet} />
    </>
  )
}

/** The loaded assessment, for the child routes of `AssessmentWorkspaceScreen`. */
export const useAssessmentOutlet = (): AssessmentOutlet => useOutletContext<AssessmentOutlet>()

function isAssessmentReadFailure(
  error: AssessmentReadFailure | StorageFailure,
): error is AssessmentReadFailure {
  return error.code === 'not-found' || error.code === 'framework-invalid'
}

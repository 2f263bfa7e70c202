import { useTranslation } from 'react-i18next'
import { BulkImportPanel } from '../import-export/BulkImportPanel'
import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'
import { AssessmentList } from './AssessmentList'
import { AssessmentWorkspaceScreen } from './AssessmentWorkspaceScreen'
import { NewAssessmentForm } from './NewAssessmentForm'
import { useEvaluatorView } from './useEvaluatorView'
import './evaluator.css'

/** The evaluator mode: the assessments, a new one, or one assessment's screens (sub-routes after `#/evaluator`). */
export function EvaluatorModePage() {
  const { t } = useTranslation()
  const view = useEvaluatorView()
  return (
    <>
      <h1>{t('evaluator.title')}</h1>
      <TrySampleDataButton mode="evaluator" />
      {view.view === 'list' && <AssessmentList />}
      {view.view === 'list' && <BulkImportPanel />}
      {view.view === 'new' && <NewAssessmentForm />}
      {(view.view === 'assessment' || view.view === 'unit') && <AssessmentWorkspaceScreen view={view} />}
    </>
  )
}

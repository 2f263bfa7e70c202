import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { useAssessmentOutlet } from './AssessmentWorkspaceScreen'
import { UnitReview } from './UnitReview'

/** `#/evaluator/a/<id>/unit/<code>`: one unit's review within the loaded assessment. */
export function AssessmentUnitRoute() {
  const { view, actions } = useAssessmentOutlet()
  const unitCode = useParams()['unitCode'] ?? ''
  const { t } = useTranslation()
  const { assessment } = view.workspace
  useDocumentTitle(
    assessment.units.find((unit) => unit.code === unitCode)?.name ?? unitCode,
    t('evaluator.windowTitle', { year: assessment.year }),
  )
  return <UnitReview key={unitCode} view={view} unitCode={unitCode} actions={actions} />
}

import { useParams } from 'react-router'
import { useAssessmentOutlet } from './AssessmentWorkspaceScreen'
import { UnitReview } from './UnitReview'

/** `#/evaluator/a/<id>/unit/<code>`: one unit's review within the loaded assessment. */
export function AssessmentUnitRoute() {
  const { view, actions } = useAssessmentOutlet()
  const unitCode = useParams()['unitCode'] ?? ''
  return <UnitReview key={unitCode} view={view} unitCode={unitCode} actions={actions} />
}

import { useNavigate, useParams } from 'react-router'
import { SubmissionScreen } from './SubmissionScreen'
import { useUnitModeRepositories } from './UnitModePage'
import { unitPath } from './unitPath'

/** `#/unit/submission/<id>`: one submission's questionnaire (a reload reopens the same one). */
export function SubmissionRoute() {
  const repositories = useUnitModeRepositories()
  const navigate = useNavigate()
  const id = useParams()['submissionId'] ?? ''
  return (
    <SubmissionScreen
      key={id}
      repositories={repositories}
      id={id}
      onOpen={(next) => void navigate(unitPath({ view: 'submission', id: next }))}
      onBack={() => void navigate(unitPath({ view: 'home' }))}
    />
  )
}

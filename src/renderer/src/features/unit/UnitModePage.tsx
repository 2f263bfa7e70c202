import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'
import { SubmissionScreen } from './SubmissionScreen'
import { UnitHome } from './UnitHome'
import { useUnitRepositories } from './useUnitRepositories'
import { useUnitView } from './unitView'
import './unit.css'

/** Unit mode: the officer's profile and submissions, or one submission's questionnaire. */
export function UnitModePage() {
  const repositories = useUnitRepositories()
  const [view, navigate] = useUnitView()
  if (view.view === 'submission') {
    return (
      <SubmissionScreen
        key={view.id}
        repositories={repositories}
        id={view.id}
        onOpen={(id) => navigate({ view: 'submission', id })}
        onBack={() => navigate({ view: 'home' })}
      />
    )
  }
  return (
    <>
      <UnitHome repositories={repositories} onOpen={(id) => navigate({ view: 'submission', id })} />
      <TrySampleDataButton mode="unit" />
    </>
  )
}

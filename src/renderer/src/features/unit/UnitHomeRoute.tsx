import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'
import { UnitHome } from './UnitHome'
import { useUnitModeRepositories } from './UnitModePage'
import { unitPath } from './unitPath'

/** `#/unit`: the officer's profile and submissions. */
export function UnitHomeRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('unit.title'))
  const repositories = useUnitModeRepositories()
  const navigate = useNavigate()
  return (
    <>
      <UnitHome
        repositories={repositories}
        onOpen={(id) => void navigate(unitPath({ view: 'submission', id }))}
      />
      <TrySampleDataButton mode="unit" />
    </>
  )
}

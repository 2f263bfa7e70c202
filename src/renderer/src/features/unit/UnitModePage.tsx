import { Outlet, useOutletContext } from 'react-router'
import { useUnitRepositories, type UnitRepositories } from './useUnitRepositories'
import './unit.css'

/** Unit mode: its routes (home, one submission's questionnaire) share the repositories. */
export function UnitModePage() {
  const repositories = useUnitRepositories()
  return <Outlet context={repositories} />
}

/** The repositories of unit mode, for its child routes. */
export const useUnitModeRepositories = (): UnitRepositories => useOutletContext<UnitRepositories>()

import { useMatches } from 'react-router'
import type { ManagerView } from './managerPath'

/** The manager's view from the matched route (`manager-unit` in the route tree, its code decoded by the router). */
export function useManagerView(): ManagerView {
  const unit = useMatches().find((match) => match.id === 'manager-unit')
  return unit === undefined ? { view: 'all' } : { view: 'unit', unitCode: unit.params['unitCode'] ?? null }
}

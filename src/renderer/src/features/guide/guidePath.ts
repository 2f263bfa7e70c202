import type { GuideRole } from './guideRoles'

/** The router path of the guide, of one role's guide, or of one of its sections (`#/guide/officer/send`). */
export function guidePath(role?: GuideRole | 'files', section?: string): string {
  if (role === undefined) return '/guide'
  if (section === undefined) return `/guide/${role}`
  return `/guide/${role}/${encodeURIComponent(section)}`
}

const EVALUATOR_TABS: Readonly<Record<string, string>> = {
  units: 'receive',
  results: 'publish',
  versions: 'publish',
  report: 'report',
  council: 'council',
}

/**
 * The guide section that explains the screen at a router path: what the "?" of each main screen
 * opens. Screens without a section of their own open their role's guide.
 */
export function guidePathForScreen(pathname: string): string {
  const parts = pathname.split('/').filter((part) => part !== '')
  const [mode, view, , sub] = parts
  switch (mode) {
    case 'unit':
      return view === 'submission' ? guidePath('officer', 'fill') : guidePath('officer', 'start')
    case 'evaluator':
      if (view !== 'a') return guidePath('evaluator', 'create')
      if (sub === 'unit') return guidePath('evaluator', 'review')
      return guidePath('evaluator', EVALUATOR_TABS[sub ?? 'units'] ?? 'receive')
    case 'manager':
      return guidePath('manager', 'compare')
    case 'frameworks':
      return guidePath('admin', 'frameworks')
    case 'settings':
      return guidePath('admin', 'backup')
    default:
      return guidePath()
  }
}

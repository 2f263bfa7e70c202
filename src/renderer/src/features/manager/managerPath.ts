/** The manager's own views: all units, or one unit (none chosen yet: the first of the later year). */
export type ManagerView =
  { readonly view: 'all' } | { readonly view: 'unit'; readonly unitCode: string | null }

/** The router path of a manager view: `/manager/all`, `/manager/unit` or `/manager/unit/<code>` (URI-encoded). */
export function managerPath(view: ManagerView): string {
  if (view.view === 'all') return '/manager/all'
  return view.unitCode === null ? '/manager/unit' : `/manager/unit/${encodeURIComponent(view.unitCode)}`
}

/** Where unit mode is: its home (profile, frameworks, submissions) or one submission's questionnaire. */
export type UnitView = { readonly view: 'home' } | { readonly view: 'submission'; readonly id: string }

/** The router path of a unit view: `/unit` or `/unit/submission/<id>` (the id URI-encoded). */
export function unitPath(view: UnitView): string {
  return view.view === 'home' ? '/unit' : `/unit/submission/${encodeURIComponent(view.id)}`
}

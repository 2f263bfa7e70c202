import { useCallback, useEffect, useState } from 'react'

/** Where unit mode is: its home (profile, frameworks, submissions) or one submission's questionnaire. */
export type UnitView = { readonly view: 'home' } | { readonly view: 'submission'; readonly id: string }

const SUBMISSION_PREFIX = '#/unit/submission/'

/** Reads unit mode's sub-path (`#/unit/submission/<id>`); anything else is unit mode's home. */
export function unitViewFromHash(hash: string): UnitView {
  if (!hash.startsWith(SUBMISSION_PREFIX)) return { view: 'home' }
  try {
    const id = decodeURIComponent(hash.slice(SUBMISSION_PREFIX.length))
    return id === '' ? { view: 'home' } : { view: 'submission', id }
  } catch {
    return { view: 'home' }
  }
}

export function hashForUnitView(view: UnitView): string {
  return view.view === 'home' ? '#/unit' : `${SUBMISSION_PREFIX}${encodeURIComponent(view.id)}`
}

/** The unit view from the location hash, kept in step with it (a reload reopens the same questionnaire). */
export function useUnitView(): readonly [UnitView, (view: UnitView) => void] {
  const [view, setView] = useState<UnitView>(() => unitViewFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setView(unitViewFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: UnitView) => {
    window.location.hash = hashForUnitView(next)
  }, [])
  return [view, navigate]
}

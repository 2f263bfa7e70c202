import { useEffect, useState } from 'react'
import { evaluatorHash, parseEvaluatorHash, type EvaluatorView } from './evaluatorView'

/** The evaluator's sub-route from the location hash, following hash changes. */
export function useEvaluatorView(): EvaluatorView {
  const [view, setView] = useState<EvaluatorView>(() => parseEvaluatorHash(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setView(parseEvaluatorHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  return view
}

/** Goes to an evaluator view (a hash change, so Back works). */
export function goTo(view: EvaluatorView): void {
  window.location.hash = evaluatorHash(view)
}

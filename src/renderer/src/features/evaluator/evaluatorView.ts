/** The tabs of an assessment screen. */
export const ASSESSMENT_TABS = ['units', 'results', 'sensitivity', 'report', 'audit'] as const
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number]

/** What the evaluator screen shows, read from the part of the hash after `#/evaluator`. */
export type EvaluatorView =
  | { readonly view: 'list' }
  | { readonly view: 'new' }
  | { readonly view: 'assessment'; readonly id: string; readonly tab: AssessmentTab }
  | { readonly view: 'unit'; readonly id: string; readonly unit: string }

/**
 * Parses `#/evaluator/...`: `new`, `a/<id>[/<tab>]`, `a/<id>/unit/<code>`; anything else is the list.
 * Ids and unit codes are URI-encoded segments.
 */
export function parseEvaluatorHash(hash: string): EvaluatorView {
  const segments = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? []
  if (segments[0] !== 'evaluator') return { view: 'list' }
  const [, first, id, third, fourth] = segments.map((segment) => safeDecode(segment))
  if (first === 'new') return { view: 'new' }
  if (first !== 'a' || id === undefined || id === '') return { view: 'list' }
  if (third === 'unit' && fourth !== undefined && fourth !== '') return { view: 'unit', id, unit: fourth }
  const tab = (ASSESSMENT_TABS as readonly string[]).includes(third ?? '')
    ? (third as AssessmentTab)
    : 'units'
  return { view: 'assessment', id, tab }
}

/** The hash for a view; `parseEvaluatorHash(evaluatorHash(view))` gives the view back. */
export function evaluatorHash(view: EvaluatorView): string {
  switch (view.view) {
    case 'list':
      return '#/evaluator'
    case 'new':
      return '#/evaluator/new'
    case 'assessment':
      return `#/evaluator/a/${encodeURIComponent(view.id)}/${view.tab}`
    case 'unit':
      return `#/evaluator/a/${encodeURIComponent(view.id)}/unit/${encodeURIComponent(view.unit)}`
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The tabs of an assessment screen. */
export const ASSESSMENT_TABS = [
  'units',
  'results',
  'sensitivity',
  'statistics',
  'report',
  'versions',
  'council',
  'audit',
] as const
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number]

/** A screen of the evaluator mode, as links and navigation name it. */
export type EvaluatorView =
  | { readonly view: 'list' }
  | { readonly view: 'new' }
  | { readonly view: 'assessment'; readonly id: string; readonly tab: AssessmentTab }
  | { readonly view: 'unit'; readonly id: string; readonly unit: string }

/**
 * The router path of an evaluator screen: `/evaluator`, `/evaluator/new`, `/evaluator/a/<id>/<tab>`
 * or `/evaluator/a/<id>/unit/<code>`; ids and unit codes are URI-encoded segments.
 */
export function evaluatorPath(view: EvaluatorView): string {
  switch (view.view) {
    case 'list':
      return '/evaluator'
    case 'new':
      return '/evaluator/new'
    case 'assessment':
      return `/evaluator/a/${encodeURIComponent(view.id)}/${view.tab}`
    case 'unit':
      return `/evaluator/a/${encodeURIComponent(view.id)}/unit/${encodeURIComponent(view.unit)}`
  }
}

/** The tab a `:tab` segment names; a missing or unknown one is the units tab, as it always was. */
export function assessmentTab(segment: string | undefined): AssessmentTab {
  return (ASSESSMENT_TABS as readonly string[]).includes(segment ?? '') ? (segment as AssessmentTab) : 'units'
}

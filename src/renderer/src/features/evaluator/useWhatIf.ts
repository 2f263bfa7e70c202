import { useMemo, useState } from 'react'
import { compareRankings, type RankComparison } from '@core/assessment/compareRankings'
import type { Aggregation, Normalisation } from '@core/framework/framework'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { ScoringOverrides } from '@core/scoring/scoringOptions'
import type { AssessmentView } from './useAssessmentWorkspace'

/** The normalisations the what-if panel offers (those that need no extra parameters, plus min-max on the framework's scale). */
export const WHAT_IF_NORMALISATIONS = [
  'min-max',
  'z-score',
  'ratio-to-max',
  'distance-to-max',
  'rank',
  'percentile-rank',
] as const
export type WhatIfNormalisation = (typeof WHAT_IF_NORMALISATIONS)[number]
export const WHAT_IF_AGGREGATIONS = [
  'arithmetic',
  'geometric',
  'harmonic',
] as const satisfies readonly Aggregation[]

export type WhatIfSettings = {
  /** Weight per component or indicator code, as typed; missing = the framework's. */
  readonly weights: Readonly<Record<string, number>>
  readonly normalisation: WhatIfNormalisation | ''
  readonly aggregation: (typeof WHAT_IF_AGGREGATIONS)[number] | ''
}

/** A normalisation method as the engine takes it; min-max keeps the framework's scale. */
export function toNormalisation(method: WhatIfNormalisation, scale: number): Normalisation {
  switch (method) {
    case 'min-max':
      return { method, lower: 0, upper: scale }
    case 'z-score':
      return { method, mean: 0, sd: 1 }
    default:
      return { method }
  }
}

/**
 * The what-if computation: the same units and final answers with other weights or methods, and
 * how the ranking moves against the official one. Computed on request only; the official results
 * are never touched.
 */
export function useWhatIf(view: AssessmentView) {
  const [settings, setSettings] = useState<WhatIfSettings>({
    weights: {},
    normalisation: '',
    aggregation: '',
  })
  const [applied, setApplied] = useState<WhatIfSettings | null>(null)
  const { framework } = view.workspace
  const outcome = useMemo((): {
    readonly result: AssessmentResult
    readonly comparison: RankComparison
  } | null => {
    if (applied === null) return null
    const overrides: ScoringOverrides = {
      ...(Object.keys(applied.weights).length > 0 ? { weights: applied.weights } : {}),
      ...(applied.normalisation === ''
        ? {}
        : { normalisation: toNormalisation(applied.normalisation, framework.scale ?? 1) }),
      ...(applied.aggregation === '' ? {} : { aggregation: applied.aggregation }),
    }
    const result = computeAssessment(framework, view.scoring, {
      overrides,
      ...(view.previousValues === undefined ? {} : { previousValues: view.previousValues }),
      ...(view.appraisedPoints.size === 0 ? {} : { appraisedPoints: view.appraisedPoints }),
    })
    return { result, comparison: compareRankings(view.result, result) }
  }, [applied, framework, view])
  const reset = () => {
    setSettings({ weights: {}, normalisation: '', aggregation: '' })
    setApplied(null)
  }
  return { settings, setSettings, apply: () => setApplied(settings), reset, outcome }
}

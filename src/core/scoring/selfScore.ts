import type { FormulaValue } from '@core/formula/formulaValue'
import type { Band, Component, LocalizedText } from '@core/framework/framework'
import { componentChildren, rootComponent } from '@core/framework/frameworkSummary'
import type { ValidFramework } from '@core/framework/validateFramework'
import { aggregateChildren } from './aggregateChildren'
import { compileFramework, type CompiledFramework } from './compileFramework'
import { computeAssessment } from './computeAssessment'
import type { Answers } from '@core/responses/answer'

/** One indicator as the officer sees it while filling in. */
export type SelfScoreIndicator = {
  readonly code: string
  readonly name: LocalizedText
  readonly parent: string
  readonly unit: LocalizedText | undefined
  /** The formula's value (÷ denominator when set); `null` while its inputs are missing. */
  readonly value: FormulaValue
  /** Points family: points earned; `null` when pending or in the relative family. */
  readonly points: number | null
  readonly maxPoints: number | null
  /** `normalise-to-best`: the points depend on the other units, so they are not shown yet. */
  readonly pending: boolean
}

/** A component of the tree with its depth below the root (0 = the composite). */
export type SelfScoreComponent = {
  readonly code: string
  readonly name: LocalizedText
  readonly depth: number
  /** Points family: points so far (pending indicators count 0); `null` when nothing is scored. */
  readonly points: number | null
  readonly maxPoints: number | null
}

/**
 * The self-score preview (product.md: "A unit can compute its own points alone").
 *
 * - `points`: points per indicator and component and the total with its share and band. When some
 *   indicators are `normalise-to-best`, their points need the other units: they count 0 and
 *   `pendingMaxPoints` says how many points are still open, and the band is provisional.
 * - `relative`: a single unit has no normalised score (normalisation compares units); only the
 *   indicator values are given, never a made-up score.
 *
 * @example
 *   const score = computeSelfScore(framework, { TruongBan: 'chu-tich', DuHopTinh: true })
 *   score.family === 'points' && score.total // => 15
 */
export type SelfScore =
  | {
      readonly family: 'points'
      readonly indicators: readonly SelfScoreIndicator[]
      readonly components: readonly SelfScoreComponent[]
      readonly total: number | null
      readonly maximum: number
      readonly share: number | null
      readonly band: Band | null
      readonly pendingMaxPoints: number
    }
  | {
      readonly family: 'relative'
      readonly indicators: readonly SelfScoreIndicator[]
      readonly components: readonly SelfScoreComponent[]
    }

const compiledFrameworks = new WeakMap<ValidFramework, CompiledFramework>()

/**
 * Scores one unit's answers alone with the scoring engine, for the panel beside the questionnaire.
 * Never stored: recomputed from the answers on every change (house style B7).
 *
 * @example
 *   computeSelfScore(pointsFramework, answers).family // => 'points'
 */
export function computeSelfScore(framework: ValidFramework, answers: Answers): SelfScore {
  let compiled = compiledFrameworks.get(framework)
  if (compiled === undefined) {
    compiled = compileFramework(framework)
    compiledFrameworks.set(framework, compiled)
  }
  const result = computeAssessment(framework, [
    { code: 'self', name: 'self', group: framework.unitGroup, answers },
  ])
  const isPoints = framework.family === 'points'
  const indicators = framework.indicators.map((indicator): SelfScoreIndicator => {
    const column = result.indicators[indicator.code]
    const pending = isPoints && indicator.rule?.kind === 'normalise-to-best'
    return {
      code: indicator.code,
      name: indicator.name,
      parent: indicator.parent,
      unit: indicator.unit,
      value: column?.raw[0] ?? null,
      points: isPoints && !pending ? (column?.score[0] ?? null) : null,
      maxPoints: isPoints ? (indicator.maxPoints ?? 0) : null,
      pending,
    }
  })
  const ordered = componentsTopDown(framework)
  if (!isPoints) {
    return {
      family: 'relative',
      indicators,
      components: ordered.map(({ component, depth }) => ({
        code: component.code,
        name: component.name,
        depth,
        points: null,
        maxPoints: null,
      })),
    }
  }
  const points = new Map<string, number | null>(
    indicators.map((indicator) => [indicator.code, indicator.pending ? 0 : indicator.points]),
  )
  for (const { component, aggregation, children } of compiled.components) {
    const outcome = aggregateChildren(
      children.map((child) => ({ value: points.get(child.code) ?? null, weight: child.weight })),
      aggregation,
      component.maxPoints,
    )
    points.set(component.code, outcome.status === 'value' ? outcome.value : null)
  }
  const total = points.get(compiled.root.code) ?? null
  const maximum = result.maximum
  const share = total === null || maximum <= 0 ? null : total / maximum
  const pendingMaxPoints = indicators.reduce(
    (sum, indicator) => sum + (indicator.pending ? Math.max(0, indicator.maxPoints ?? 0) : 0),
    0,
  )
  return {
    family: 'points',
    indicators,
    components: ordered.map(({ component, depth }) => ({
      code: component.code,
      name: component.name,
      depth,
      points: points.get(component.code) ?? null,
      maxPoints: component.maxPoints ?? null,
    })),
    total,
    maximum,
    share,
    band: share === null ? null : ((framework.bands ?? []).find((band) => share >= band.minShare) ?? null),
    pendingMaxPoints,
  }
}

/** The components root first, each followed by its sub-components (pre-order), with their depth. */
function componentsTopDown(
  framework: ValidFramework,
): readonly { readonly component: Component; readonly depth: number }[] {
  const root = rootComponent(framework)
  if (root === undefined) return []
  const children = componentChildren(framework)
  const ordered: { component: Component; depth: number }[] = []
  const visit = (component: Component, depth: number) => {
    if (depth > 64 || ordered.some((entry) => entry.component.code === component.code)) return
    ordered.push({ component, depth })
    for (const child of children.get(component.code) ?? [])
      if (child.kind === 'component') visit(child.component, depth + 1)
  }
  visit(root, 0)
  return ordered
}

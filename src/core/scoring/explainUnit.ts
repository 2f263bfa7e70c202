import type { Aggregation } from '@core/framework/framework'
import type { FormulaValue } from '@core/formula/formulaValue'
import type { AssessmentResult } from './assessmentResult'
import type { CompiledFramework } from './compileFramework'
import type { ScoringWarning } from './scoringWarning'

export type ChildExplanation = {
  readonly code: string
  readonly kind: 'component' | 'indicator'
  /** Indicators only: the formula's value before imputation. */
  readonly raw: FormulaValue | undefined
  /** The child's score: normalised value, component score or points. */
  readonly score: number | null
  readonly weight: number
  /** Share of the weight among the children present for this unit (0 when missing). */
  readonly weightShare: number
  /** weightShare × score (relative family) or the points themselves (points family). */
  readonly contribution: number | null
  /** How much the unit lost on this child: against the best unit (relative) or the maximum points (points). */
  readonly shortfall: number
  readonly imputed: string | null
}

export type NodeExplanation = {
  readonly code: string
  readonly score: number | null
  readonly rank: number | null
  readonly aggregation: Aggregation
  readonly children: readonly ChildExplanation[]
  /** Codes of the children that cost the unit most, largest shortfall first (at most three). */
  readonly pulledDownMost: readonly string[]
}

export type UnitExplanation = {
  readonly unit: string
  readonly nodes: readonly NodeExplanation[]
  readonly imputed: readonly { readonly indicator: string; readonly method: string }[]
  readonly warnings: readonly ScoringWarning[]
}

/**
 * Why a unit scored what it did: for each component, each child's score, weight share,
 * contribution and shortfall, the children that pulled it down most, what was imputed, and the
 * warnings that concern it. Derived from the stored result; the UI and the report read this and
 * never recompute.
 *
 * @example
 *   explainUnit(compiled, result, 0).nodes.find((node) => node.code === 'ICT')?.pulledDownMost // => ['UD']
 */
export function explainUnit(
  compiled: CompiledFramework,
  result: AssessmentResult,
  unitIndex: number,
): UnitExplanation {
  const unitCode = result.units[unitIndex]?.code ?? ''
  const isPoints = result.family === 'points'
  const maxPointsOf = new Map<string, number>([
    ...compiled.framework.indicators.map((indicator) => [indicator.code, indicator.maxPoints ?? 0] as const),
    ...compiled.framework.components.map((component) => [component.code, component.maxPoints ?? 0] as const),
  ])
  const column = (code: string) => result.indicators[code]?.score ?? result.components[code]?.score ?? []
  const nodes = [...compiled.components]
    .reverse()
    .map(({ component, aggregation, children }): NodeExplanation => {
      const scores = children.map((child) => column(child.code)[unitIndex] ?? null)
      const totalWeight = children.reduce(
        (sum, child, index) => sum + (scores[index] === null || child.weight <= 0 ? 0 : child.weight),
        0,
      )
      const explained = children.map((child, index): ChildExplanation => {
        const score = scores[index] ?? null
        const weightShare =
          score === null || totalWeight === 0 || child.weight <= 0 ? 0 : child.weight / totalWeight
        const best = Math.max(...column(child.code).filter((value): value is number => value !== null))
        const shortfall = isPoints
          ? Math.max(0, (maxPointsOf.get(child.code) ?? 0) - (score ?? 0))
          : score === null || !Number.isFinite(best)
            ? 0
            : child.weight * (best - score)
        return {
          code: child.code,
          kind: child.kind,
          raw: child.kind === 'indicator' ? result.indicators[child.code]?.raw[unitIndex] : undefined,
          score,
          weight: child.weight,
          weightShare,
          contribution: score === null ? null : isPoints ? score : weightShare * score,
          shortfall,
          imputed:
            child.kind === 'indicator' ? (result.indicators[child.code]?.imputed[unitIndex] ?? null) : null,
        }
      })
      return {
        code: component.code,
        score: result.components[component.code]?.score[unitIndex] ?? null,
        rank: result.components[component.code]?.rank[unitIndex] ?? null,
        aggregation,
        children: explained,
        pulledDownMost: [...explained]
          .filter((child) => child.shortfall > 0)
          .sort((a, b) => b.shortfall - a.shortfall)
          .slice(0, 3)
          .map((child) => child.code),
      }
    })
  const imputed = Object.values(result.indicators).flatMap((indicator) => {
    const method = indicator.imputed[unitIndex]
    return method ? [{ indicator: indicator.code, method }] : []
  })
  const concerns = (warning: ScoringWarning) => !('unit' in warning) || warning.unit === unitCode
  return { unit: unitCode, nodes, imputed, warnings: result.warnings.filter(concerns) }
}

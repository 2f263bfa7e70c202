import type { Framework } from '@core/framework/framework'
import { componentChildren } from '@core/framework/frameworkSummary'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { pearsonCorrelation, spearmanCorrelation } from './correlation'
import { cronbachAlpha } from './cronbachAlpha'

/** An indicator's normalised values against its parent's scores (COINr `get_corr(…, withparent = TRUE)`). */
export type ParentCorrelation = {
  readonly parent: string
  readonly indicator: string
  readonly pearson: number | null
  readonly spearman: number | null
}

/** Cronbach's alpha of the normalised indicators under one aggregate (COINr `get_cronbach`). */
export type AggregateAlpha = { readonly aggregate: string; readonly alpha: number | null }

/** What the outlier treatment did to one indicator (relative family; decision 0017). */
export type IndicatorTreatment = {
  readonly indicator: string
  readonly winsorised: number
  /** Codes of the units whose values were Winsorised. */
  readonly units: readonly string[]
  readonly log: boolean
}

/**
 * Something the evaluator should look at before publishing. Plain data; the CLI and the app
 * turn it into a sentence in the user's language.
 */
export type AuditFlag =
  | {
      readonly code: 'negative-correlation'
      readonly parent: string
      readonly indicator: string
      readonly value: number
    }
  | {
      readonly code: 'weak-correlation'
      readonly parent: string
      readonly indicator: string
      readonly value: number
    }
  | {
      readonly code: 'redundant-pair'
      readonly parent: string
      readonly indicator: string
      readonly other: string
      readonly value: number
    }
  | { readonly code: 'low-alpha'; readonly aggregate: string; readonly value: number }

/** The statistical audit of one computation, in the JSON shape `ictwb audit` writes. */
export type StatisticalAudit = {
  readonly correlations: readonly ParentCorrelation[]
  readonly cronbach: readonly AggregateAlpha[]
  readonly treatment: readonly IndicatorTreatment[]
  readonly flags: readonly AuditFlag[]
}

/** One parent's indicator × indicator Pearson matrix (pairwise complete), for the heat map. */
export type WithinParentMatrix = {
  readonly parent: string
  readonly indicators: readonly string[]
  /** `values[i][j]`: Pearson's r of indicators i and j; null where undefined. */
  readonly values: readonly (readonly (number | null)[])[]
}

/** The thresholds of the flags (JRC/OECD handbook practice, COINr's defaults). */
export const AUDIT_THRESHOLDS = { weakCorrelation: 0.3, redundantCorrelation: 0.9, lowAlpha: 0.7 } as const

/**
 * The indicator × indicator Pearson matrix of the normalised values within each parent that has
 * at least two indicators, in the framework's order.
 *
 * @example
 *   withinParentMatrices(framework, result)[0]?.indicators // => ['LPI', 'Flights', …]
 */
export function withinParentMatrices(framework: Framework, result: AssessmentResult): WithinParentMatrix[] {
  const matrices: WithinParentMatrix[] = []
  for (const [parent, children] of componentChildren(framework)) {
    const indicators = children.flatMap((child) => (child.kind === 'indicator' ? [child.indicator.code] : []))
    if (indicators.length < 2) continue
    const scores = indicators.map((code) => result.indicators[code]?.score ?? [])
    const values = scores.map((row, i) =>
      scores.map((column, j) => (i === j ? 1 : pearsonCorrelation(row, column))),
    )
    matrices.push({ parent, indicators, values })
  }
  return matrices
}

/**
 * The statistical audit the JRC/OECD handbook asks for before publishing (decision 0017):
 * Pearson and Spearman correlations of every indicator's normalised values with its parent's
 * scores, Cronbach's alpha of the normalised indicators under every aggregate, what the outlier
 * treatment did, and flags: indicators negatively or weakly (< 0.3) correlated with their parent,
 * redundant pairs within a parent (> 0.9), aggregates with alpha < 0.7.
 *
 * @example
 *   statisticalAudit(framework, computeAssessment(framework, units)).flags
 */
export function statisticalAudit(framework: Framework, result: AssessmentResult): StatisticalAudit {
  const children = componentChildren(framework)
  const correlations: ParentCorrelation[] = framework.indicators.map((indicator) => {
    const values = result.indicators[indicator.code]?.score ?? []
    const parent = result.components[indicator.parent]?.score ?? []
    return {
      parent: indicator.parent,
      indicator: indicator.code,
      pearson: pearsonCorrelation(values, parent),
      spearman: spearmanCorrelation(values, parent),
    }
  })
  const descendants = (code: string): string[] =>
    (children.get(code) ?? []).flatMap((child) =>
      child.kind === 'indicator' ? [child.indicator.code] : descendants(child.component.code),
    )
  const cronbach: AggregateAlpha[] = framework.components.map((component) => ({
    aggregate: component.code,
    alpha: cronbachAlpha(descendants(component.code).map((code) => result.indicators[code]?.score ?? [])),
  }))
  const treatment: IndicatorTreatment[] =
    result.family === 'relative'
      ? framework.indicators.map((indicator) => {
          const record = result.indicators[indicator.code]?.treatment
          return {
            indicator: indicator.code,
            winsorised: record?.winsorised ?? 0,
            units: (record?.rows ?? []).map((row) => result.units[row]?.code ?? ''),
            log: record?.log ?? false,
          }
        })
      : []
  return { correlations, cronbach, treatment, flags: auditFlags(correlations, cronbach, framework, result) }
}

function auditFlags(
  correlations: readonly ParentCorrelation[],
  cronbach: readonly AggregateAlpha[],
  framework: Framework,
  result: AssessmentResult,
): AuditFlag[] {
  const flags: AuditFlag[] = []
  for (const { parent, indicator, pearson } of correlations) {
    if (pearson === null) continue
    if (pearson < 0) flags.push({ code: 'negative-correlation', parent, indicator, value: pearson })
    else if (pearson < AUDIT_THRESHOLDS.weakCorrelation)
      flags.push({ code: 'weak-correlation', parent, indicator, value: pearson })
  }
  for (const matrix of withinParentMatrices(framework, result))
    matrix.indicators.forEach((indicator, i) =>
      matrix.indicators.forEach((other, j) => {
        const value = matrix.values[i]?.[j] ?? null
        if (j > i && value !== null && value > AUDIT_THRESHOLDS.redundantCorrelation)
          flags.push({ code: 'redundant-pair', parent: matrix.parent, indicator, other, value })
      }),
    )
  for (const { aggregate, alpha } of cronbach)
    if (alpha !== null && alpha < AUDIT_THRESHOLDS.lowAlpha)
      flags.push({ code: 'low-alpha', aggregate, value: alpha })
  return flags
}

import type { ValidFramework } from '@core/framework/validateFramework'
import type { AssessmentResult } from './assessmentResult'
import { aggregateChildren } from './aggregateChildren'
import { compileFramework, type CompiledFramework } from './compileFramework'
import { computeAssessment } from './computeAssessment'
import { normaliseColumn } from './normaliseColumn'
import type { Answers } from '@core/responses/answer'

/**
 * What a relative-family self-score would be against last year's ranges: each indicator normalised
 * among last year's values plus the unit's own (as if the unit had been in last year's
 * assessment), aggregated with the framework's weights, and where that composite would have
 * ranked among last year's composites. An estimate: this year's official score depends on this
 * year's units.
 *
 * @example
 *   const preview: LastYearPreview = { year: 2025, composite: 0.71, rank: 5, unitCount: 28, components: { HTKT: 0.64 }, indicatorsCompared: 20, indicatorsNotInLastYear: [] }
 */
export type LastYearPreview = {
  /** The year whose ranges were used. */
  readonly year: number
  /** The estimated composite, on the framework's scale; `null` while too little is answered. */
  readonly composite: number | null
  /** 1 = best; the rank the composite would have had among last year's units. */
  readonly rank: number | null
  /** Last year's units with a composite. */
  readonly unitCount: number
  /** Estimated score per component code (`null` when none of its children has a value). */
  readonly components: Readonly<Record<string, number | null>>
  /** Indicators found in last year's results and answered by the unit. */
  readonly indicatorsCompared: number
  /** Indicators of this framework that last year's results do not have (new, renamed): left out. */
  readonly indicatorsNotInLastYear: readonly string[]
}

const compiledFrameworks = new WeakMap<ValidFramework, CompiledFramework>()

/**
 * The self-score preview against last year's ranges (unit officer, self-score panel). `null` for a
 * points framework (its points do not depend on other units) or when last year's results are not
 * of the relative family.
 *
 * @example
 *   previewAgainstLastYear(framework, submission.answers, { year: 2025, result: published2025 })?.rank // => 5
 */
export function previewAgainstLastYear(
  framework: ValidFramework,
  answers: Answers,
  lastYear: { readonly year: number; readonly result: AssessmentResult },
): LastYearPreview | null {
  if (framework.family !== 'relative' || lastYear.result.family !== 'relative') return null
  let compiled = compiledFrameworks.get(framework)
  if (compiled === undefined) {
    compiled = compileFramework(framework)
    compiledFrameworks.set(framework, compiled)
  }
  const own = computeAssessment(framework, [
    { code: 'self', name: 'self', group: framework.unitGroup, answers },
  ])
  const scores = new Map<string, number | null>()
  const notInLastYear: string[] = []
  let compared = 0
  for (const { indicator, normalisation } of compiled.indicators) {
    const previous = lastYear.result.indicators[indicator.code]?.value
    const mine = own.indicators[indicator.code]?.value[0] ?? null
    if (previous === undefined || previous.every((value) => value === null)) {
      notInLastYear.push(indicator.code)
      scores.set(indicator.code, null)
      continue
    }
    if (mine === null) {
      scores.set(indicator.code, null)
      continue
    }
    compared += 1
    scores.set(
      indicator.code,
      normaliseColumn([...previous, mine], normalisation, indicator.direction).values.at(-1) ?? null,
    )
  }
  const components: Record<string, number | null> = {}
  for (const { component, aggregation, children } of compiled.components) {
    const outcome = aggregateChildren(
      children.map((child) => ({ value: scores.get(child.code) ?? null, weight: child.weight })),
      aggregation,
    )
    const score = outcome.status === 'value' ? outcome.value : null
    scores.set(component.code, score)
    components[component.code] = score
  }
  const composite = components[compiled.root.code] ?? null
  const previousComposites = (lastYear.result.components[lastYear.result.rootCode]?.score ?? []).filter(
    (score): score is number => score !== null,
  )
  const rank = composite === null ? null : previousComposites.filter((score) => score > composite).length + 1
  return {
    year: lastYear.year,
    composite,
    rank,
    unitCount: previousComposites.length,
    components,
    indicatorsCompared: compared,
    indicatorsNotInLastYear: notInLastYear,
  }
}

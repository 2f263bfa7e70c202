import type { Answers } from '@core/responses/answer'
import {
  DEFAULT_COMBINE_RULE,
  lineageEventsBetween,
  restatementNotes,
  traceLineage,
  type RestateOptions,
  type UnitRestatement,
} from './restateYear'
import type { UnitLineage } from './unitLineage'

/**
 * Last year's final answers restated in this year's units, for the year-on-year checks: a
 * number is combined from the predecessors' numbers with the same coefficients as the values
 * (`restateYear`: mean by default, weighted, or left out when not comparable); any other answer
 * is carried only from a single predecessor (renamed, split). Units with no history get none.
 * When no lineage event falls between the years, the answers are returned as they are.
 *
 * @example
 *   restateAnswers(previous.finalAnswers, previous.assessment.units, assessment.units, lineage, 2025, 2026).answers.get('SKHCN')
 */
export function restateAnswers(
  previous: ReadonlyMap<string, Answers>,
  earlierUnits: readonly { readonly code: string; readonly name: string }[],
  laterUnits: readonly { readonly code: string }[],
  lineage: UnitLineage,
  earlierYear: number,
  laterYear: number,
  options: RestateOptions = {},
): { readonly answers: ReadonlyMap<string, Answers>; readonly notes: ReadonlyMap<string, UnitRestatement> } {
  const events = lineageEventsBetween(lineage, earlierYear, laterYear)
  if (events.length === 0) return { answers: previous, notes: new Map() }
  const rule = options.rule ?? DEFAULT_COMBINE_RULE
  const { state } = traceLineage(earlierUnits, events, rule, options.weights)
  const answers = new Map<string, Answers>()
  for (const unit of laterUnits) {
    const trace = state.get(unit.code)
    if (trace === undefined || trace.parts.size === 0) continue
    const sources = [...trace.parts].map(([code, coefficient]) => ({
      answers: previous.get(code),
      coefficient,
    }))
    const questions = new Set(sources.flatMap((source) => Object.keys(source.answers ?? {})))
    const restated: Record<string, Answers[string]> = {}
    for (const question of questions) {
      const values = sources.map((source) => ({
        value: source.answers?.[question],
        coefficient: source.coefficient,
      }))
      if (values.length === 1) {
        restated[question] = values[0]?.value
        continue
      }
      if (!trace.comparable) continue
      const numbers = values.filter(
        (item): item is { value: number; coefficient: number } =>
          typeof item.value === 'number' && Number.isFinite(item.value),
      )
      const weight = numbers.reduce((sum, item) => sum + item.coefficient, 0)
      if (numbers.length > 0 && weight > 0)
        restated[question] = numbers.reduce((sum, item) => sum + item.coefficient * item.value, 0) / weight
    }
    answers.set(unit.code, restated)
  }
  return { answers, notes: restatementNotes(laterUnits, state, rule) }
}

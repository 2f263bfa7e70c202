import type { FormulaNode } from '@core/formula/formulaNode'
import { collectReferences } from '@core/formula/collectReferences'
import { parseFormula } from '@core/formula/parseFormula'
import type { Aggregation, Component, Indicator, Normalisation } from '@core/framework/framework'
import { componentChildren, effectiveAggregation, rootComponent } from '@core/framework/frameworkSummary'
import type { ValidFramework } from '@core/framework/validateFramework'
import { questionIndex } from '@core/responses/formulaScopeForAnswers'
import { compileColumnFormula, type ColumnFormula } from './compileColumnFormula'
import type { ScoringOverrides } from './scoringOptions'

export type CompiledChild = {
  readonly kind: 'component' | 'indicator'
  readonly code: string
  readonly weight: number
}

export type CompiledComponent = {
  readonly component: Component
  readonly aggregation: Aggregation
  readonly children: readonly CompiledChild[]
}

export type CompiledIndicator = {
  readonly indicator: Indicator
  readonly formula: FormulaNode | null
  /** The formula (and denominator) over whole columns, or `null`: evaluated unit by unit. */
  readonly columnFormula: ColumnFormula | null
  /** The questions `columnFormula` reads (its references and the denominator); empty without one. */
  readonly columnQuestions: readonly string[]
  readonly normalisation: Normalisation
}

/** A validated framework prepared for scoring: formulas parsed (and compiled over columns where they can be) once, the tree bottom-up. */
export type CompiledFramework = {
  readonly framework: ValidFramework
  readonly root: Component
  readonly indicators: readonly CompiledIndicator[]
  /** Components in bottom-up order (children before parents). */
  readonly components: readonly CompiledComponent[]
  readonly relevance: ReadonlyMap<string, FormulaNode>
}

/**
 * Parses every formula once and orders the tree bottom-up, applying what-if overrides.
 *
 * @example
 *   compileFramework(validFramework).components.at(-1)?.component.code // => the root
 */
export function compileFramework(
  framework: ValidFramework,
  overrides: ScoringOverrides = {},
): CompiledFramework {
  const root = rootComponent(framework)
  if (root === undefined) throw new Error('a validated framework has a root component')
  const childrenByParent = componentChildren(framework)
  const weightOf = (code: string, weight: number) => overrides.weights?.[code] ?? weight
  const order: string[] = []
  const visit = (code: string) => {
    for (const child of childrenByParent.get(code) ?? [])
      if (child.kind === 'component') visit(child.component.code)
    order.push(code)
  }
  visit(root.code)
  const byCode = new Map(framework.components.map((component) => [component.code, component]))
  const components = order.map((code): CompiledComponent => {
    const component = byCode.get(code) as Component
    const aggregation =
      framework.family === 'relative' && overrides.aggregation
        ? overrides.aggregation
        : effectiveAggregation(framework, component)
    const children = (childrenByParent.get(code) ?? []).map((child): CompiledChild =>
      child.kind === 'component'
        ? {
            kind: 'component',
            code: child.component.code,
            weight: weightOf(child.component.code, child.component.weight),
          }
        : {
            kind: 'indicator',
            code: child.indicator.code,
            weight: weightOf(child.indicator.code, child.indicator.weight),
          },
    )
    return { component, aggregation, children }
  })
  const relevance = new Map<string, FormulaNode>()
  for (const question of framework.questions) {
    if (question.relevance === undefined) continue
    const parsed = parseFormula(question.relevance)
    if (parsed.ok) relevance.set(question.code, parsed.value)
  }
  const questions = questionIndex(framework)
  const indicators = framework.indicators.map((indicator): CompiledIndicator => {
    const parsed = parseFormula(indicator.formula)
    const formula = parsed.ok ? parsed.value : null
    const columnFormula = compileColumnFormula(formula, indicator.denominator, questions, relevance)
    return {
      indicator,
      formula,
      columnFormula,
      columnQuestions:
        columnFormula === null || formula === null
          ? []
          : [
              ...collectReferences(formula).questions,
              ...(indicator.denominator === undefined ? [] : [indicator.denominator]),
            ],
      normalisation: overrides.normalisation ?? indicator.normalisation ?? framework.method.normalisation,
    }
  })
  return { framework, root, indicators, components, relevance }
}

import { collectReferences } from '@core/formula/collectReferences'
import type { FormulaNode } from '@core/formula/formulaNode'
import type { ValidFramework } from '@core/framework/validateFramework'
import { compileQuestionnaire, type Questionnaire } from '@core/responses/questionnaire'

/**
 * A check of the form `left <= right` (or `<`) whose left side is a question or a sum of
 * questions: the generator can repair it (scale the left side down) and break it on purpose.
 *
 * @example
 *   // MayNoiMangInternet <= MayBan + LapTop
 *   const bound: UpperBound = { question: 'MayNoiMangInternet', terms: ['MayNoiMangInternet'], limit: parsedRight, strict: false }
 */
export type UpperBound = {
  /** The question the check is attached to. */
  readonly question: string
  /** The questions summed on the left side. */
  readonly terms: readonly string[]
  readonly limit: FormulaNode
  readonly strict: boolean
}

/**
 * What the generator needs to know about a framework beyond its questions, computed once per
 * framework object: the prepared questionnaire, the codes that relevance conditions read (never
 * blanked or altered, so the questions asked stay the same) and the upper-bound checks.
 *
 * @example
 *   sampleFrameworkFacts(framework).relevanceInputs.has('SoDonViTrucThuoc') // => true
 */
export type SampleFrameworkFacts = {
  readonly questionnaire: Questionnaire
  readonly relevanceInputs: ReadonlySet<string>
  readonly upperBounds: readonly UpperBound[]
}

const cache = new WeakMap<ValidFramework, SampleFrameworkFacts>()

/**
 * The facts for a framework (cached per framework object).
 *
 * @example
 *   sampleFrameworkFacts(framework).upperBounds.map((bound) => bound.question) // => ['SoCB_PhongCNTT', …]
 */
export function sampleFrameworkFacts(framework: ValidFramework): SampleFrameworkFacts {
  const known = cache.get(framework)
  if (known !== undefined) return known
  const questionnaire = compileQuestionnaire(framework)
  const relevanceInputs = new Set<string>()
  for (const condition of questionnaire.relevance.values())
    for (const code of collectReferences(condition).questions) relevanceInputs.add(code)
  const upperBounds: UpperBound[] = []
  for (const [question, checks] of questionnaire.checks) {
    for (const check of checks) {
      const bound = upperBound(question, check.formula)
      if (bound !== undefined) upperBounds.push(bound)
    }
  }
  const facts = { questionnaire, relevanceInputs, upperBounds }
  cache.set(framework, facts)
  return facts
}

function upperBound(question: string, formula: FormulaNode): UpperBound | undefined {
  if (formula.kind !== 'binary' || (formula.operator !== '<=' && formula.operator !== '<')) return undefined
  const terms = sumTerms(formula.left)
  return terms === undefined
    ? undefined
    : { question, terms, limit: formula.right, strict: formula.operator === '<' }
}

function sumTerms(node: FormulaNode): string[] | undefined {
  if (node.kind === 'reference') return [node.name]
  if (node.kind !== 'binary' || node.operator !== '+') return undefined
  const left = sumTerms(node.left)
  const right = sumTerms(node.right)
  return left === undefined || right === undefined ? undefined : [...left, ...right]
}

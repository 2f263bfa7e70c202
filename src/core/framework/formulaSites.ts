import type { FormulaType } from '@core/formula/formulaType'
import { assertNever } from '@core/result'
import type { Framework, PointsRule } from './framework'
import { childPath, issuePath } from './issuePath'

/**
 * What a formula must yield: `expected` names it in issues, `accepted` lists the result types
 * allowed (a boolean counts as a number, as in the formula language; `any` always passes).
 *
 * @example
 *   const condition: FormulaExpectation = { expected: 'boolean', accepted: ['boolean', 'any'] }
 */
export type FormulaExpectation = { readonly expected: FormulaType; readonly accepted: readonly FormulaType[] }

/**
 * One formula of a framework: where it is, its source, what it must yield, and for a `choice`
 * rule the outcomes' choices (checked against the referenced question's options).
 *
 * @example
 *   const site: FormulaSite = { path: 'questions[4].relevance', source: 'CoPhongCNTT', expectation: booleanResult }
 */
export type FormulaSite = {
  readonly path: string
  readonly source: string
  readonly expectation: FormulaExpectation
  readonly choiceRule?: { readonly path: string; readonly choices: readonly string[] }
}

const numberResult: FormulaExpectation = { expected: 'number', accepted: ['number', 'boolean', 'any'] }
const booleanResult: FormulaExpectation = { expected: 'boolean', accepted: ['boolean', 'any'] }
const choiceResult: FormulaExpectation = { expected: 'text', accepted: ['text', 'choices', 'any'] }
const countResult: FormulaExpectation = {
  expected: 'number',
  accepted: ['number', 'boolean', 'choices', 'any'],
}
const anyResult: FormulaExpectation = {
  expected: 'any',
  accepted: ['number', 'boolean', 'text', 'choices', 'any'],
}

/**
 * Every formula in `framework`, in document order: question relevance and checks, indicator
 * formulas (what they must yield depends on the family and the points rule, see `PointsRule`),
 * and the formulas inside points rules.
 *
 * @example
 *   formulaSites(aFramework()).map((site) => site.path) // => ['questions[2].checks[0].formula', …]
 */
export function formulaSites(framework: Framework): FormulaSite[] {
  const sites: FormulaSite[] = []
  framework.questions.forEach((question, index) => {
    if (question.relevance !== undefined) {
      sites.push({
        path: issuePath('questions', index, 'relevance'),
        source: question.relevance,
        expectation: booleanResult,
      })
    }
    question.checks?.forEach((check, checkIndex) => {
      sites.push({
        path: issuePath('questions', index, 'checks', checkIndex, 'formula'),
        source: check.formula,
        expectation: booleanResult,
      })
    })
  })
  framework.indicators.forEach((indicator, index) => {
    const path = issuePath('indicators', index)
    const formulaPath = childPath(path, 'formula')
    if (framework.family === 'points' && indicator.rule === undefined) {
      // The missing rule is reported as `points-rule-missing`; any value type is left to the rule.
      sites.push({ path: formulaPath, source: indicator.formula, expectation: anyResult })
      return
    }
    const rule = framework.family === 'points' ? indicator.rule : undefined
    sites.push(...ruleSites(formulaPath, indicator.formula, rule, childPath(path, 'rule')))
  })
  return sites
}

function ruleSites(
  path: string,
  source: string,
  rule: PointsRule | undefined,
  rulePath: string,
): FormulaSite[] {
  if (rule === undefined) return [{ path, source, expectation: numberResult }]
  switch (rule.kind) {
    case 'ratio-times-max':
    case 'steps':
    case 'normalise-to-best':
      return [{ path, source, expectation: numberResult }]
    case 'per-item':
      return [{ path, source, expectation: countResult }]
    case 'choice': {
      const choiceRule = {
        path: childPath(rulePath, 'outcomes'),
        choices: rule.outcomes.map((outcome) => outcome.choice),
      }
      return [{ path, source, expectation: choiceResult, choiceRule }]
    }
    case 'yes-no':
    case 'penalty':
      return [{ path, source, expectation: booleanResult }]
    case 'presence-bonus':
      return [
        { path, source, expectation: booleanResult },
        { path: childPath(rulePath, 'bonusFormula'), source: rule.bonusFormula, expectation: booleanResult },
      ]
    case 'sum-of-parts':
      return [
        { path, source, expectation: anyResult },
        ...rule.parts.flatMap((part, index) => {
          const partPath = childPath(rulePath, 'parts', index)
          return ruleSites(
            childPath(partPath, 'formula'),
            part.formula,
            part.rule,
            childPath(partPath, 'rule'),
          )
        }),
      ]
    case 'best-of':
      return [
        { path, source, expectation: anyResult },
        ...rule.alternatives.flatMap((alternative, index) => {
          const alternativePath = childPath(rulePath, 'alternatives', index)
          return ruleSites(
            childPath(alternativePath, 'formula'),
            alternative.formula,
            alternative.rule,
            childPath(alternativePath, 'rule'),
          )
        }),
      ]
    default:
      return assertNever(rule)
  }
}

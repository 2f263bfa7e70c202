import { checkFormulaTypes } from '@core/formula/checkFormulaTypes'
import { collectReferences } from '@core/formula/collectReferences'
import type { FormulaNode } from '@core/formula/formulaNode'
import type { ReferenceResolver } from '@core/formula/formulaType'
import { parseFormula } from '@core/formula/parseFormula'
import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { frameworkReferenceResolver } from './frameworkReferenceResolver'
import { formulaSites, type FormulaSite } from './formulaSites'
import { childPath } from './issuePath'

/**
 * Parses and type-checks every formula of `framework` (`formula-syntax`,
 * `formula-unknown-reference`, `formula-type-mismatch`, with the formula's path and the 0-based
 * position in its source), and checks that the outcomes of each `choice` rule are options of the
 * choice question its formula reads (`unknown-choice-in-rule`). A formula yielding the wrong type
 * as a whole is reported at position 0.
 *
 * @example
 *   checkFormulas(aFramework({ indicators: [anIndicator({ formula: 'MayTinh +' })] }))
 *   // => [{ code: 'formula-syntax', path: 'indicators[0].formula', position: 9, expected: 'a value', found: 'end of formula' }]
 */
export function checkFormulas(framework: Framework): FrameworkIssue[] {
  const resolver = frameworkReferenceResolver(framework)
  return formulaSites(framework).flatMap((site) => checkSite(site, resolver, framework))
}

function checkSite(site: FormulaSite, resolver: ReferenceResolver, framework: Framework): FrameworkIssue[] {
  const parsed = parseFormula(site.source)
  if (!parsed.ok) return [{ ...parsed.error, path: site.path }]
  const typed = checkFormulaTypes(parsed.value, resolver)
  if (!typed.ok) return typed.error.map((issue) => ({ ...issue, path: site.path }))
  const { expected, accepted } = site.expectation
  if (!accepted.includes(typed.value)) {
    return [{ code: 'formula-type-mismatch', path: site.path, position: 0, expected, found: typed.value }]
  }
  return site.choiceRule ? checkChoiceOutcomes(parsed.value, site.choiceRule, framework) : []
}

function checkChoiceOutcomes(
  node: FormulaNode,
  rule: NonNullable<FormulaSite['choiceRule']>,
  framework: Framework,
): FrameworkIssue[] {
  const references = collectReferences(node)
  const referenced = new Set([...references.questions, ...references.tables])
  const choiceQuestions = framework.questions.filter(
    (question) =>
      referenced.has(question.code) &&
      (question.type === 'single-choice' || question.type === 'multi-choice'),
  )
  const question = choiceQuestions[0]
  if (choiceQuestions.length !== 1 || question === undefined || !('choices' in question)) return []
  const options = new Set(question.choices.map((choice) => choice.value))
  return rule.choices.flatMap((choice, index) =>
    options.has(choice)
      ? []
      : [
          {
            code: 'unknown-choice-in-rule',
            path: childPath(rule.path, index, 'choice'),
            choice,
            question: question.code,
          },
        ],
  )
}

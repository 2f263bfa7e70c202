import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { FormulaNode } from '@core/formula/formulaNode'
import type { FormulaScope } from '@core/formula/formulaValue'
import { parseFormula } from '@core/formula/parseFormula'
import type { LocalizedText, Question, Section } from '@core/framework/framework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { unitScope } from './unitScope'
import type { Answers } from './answer'
import { questionIndex } from './formulaScopeForAnswers'

/** A cross-field check ready to evaluate. */
export type CompiledCheck = {
  readonly formula: FormulaNode
  readonly source: string
  readonly message: LocalizedText
}

/**
 * A framework prepared for filling in: sections with their questions in order, relevance
 * conditions and checks parsed once. Built once per framework and reused on every keystroke.
 */
export type Questionnaire = {
  readonly framework: ValidFramework
  readonly sections: readonly { readonly section: Section; readonly questions: readonly Question[] }[]
  /** Every question in reading order: section order, then question order. */
  readonly order: readonly Question[]
  readonly questions: ReadonlyMap<string, Question>
  readonly relevance: ReadonlyMap<string, FormulaNode>
  readonly checks: ReadonlyMap<string, readonly CompiledCheck[]>
}

const compiled = new WeakMap<ValidFramework, Questionnaire>()

/**
 * Prepares a validated framework for the questionnaire screen (cached per framework object).
 * Formulas of a validated framework parse; one that does not is left out rather than thrown.
 *
 * @example
 *   const questionnaire = compileQuestionnaire(framework)
 *   questionnaire.sections[0]?.questions.map((question) => question.code) // => ['MayTinh', 'MayTinhInternet']
 */
export function compileQuestionnaire(framework: ValidFramework): Questionnaire {
  const known = compiled.get(framework)
  if (known !== undefined) return known
  const sections = framework.sections.map((section) => ({
    section,
    questions: framework.questions.filter((question) => question.section === section.code),
  }))
  const relevance = new Map<string, FormulaNode>()
  const checks = new Map<string, CompiledCheck[]>()
  for (const question of framework.questions) {
    if (question.relevance !== undefined) {
      const parsed = parseFormula(question.relevance)
      if (parsed.ok) relevance.set(question.code, parsed.value)
    }
    for (const check of question.checks ?? []) {
      const parsed = parseFormula(check.formula)
      if (!parsed.ok) continue
      const list = checks.get(question.code) ?? []
      list.push({ formula: parsed.value, source: check.formula, message: check.message })
      checks.set(question.code, list)
    }
  }
  const questionnaire: Questionnaire = {
    framework,
    sections,
    order: sections.flatMap((entry) => entry.questions),
    questions: questionIndex(framework),
    relevance,
    checks,
  }
  compiled.set(framework, questionnaire)
  return questionnaire
}

/**
 * The scope formulas read while filling in: answers of questions that are not relevant read as
 * missing, exactly as the scoring engine reads them.
 *
 * @example
 *   questionnaireScope(questionnaire, { CoPhongCNTT: false, SoCBCNTT: 3 }).value('SoCBCNTT') // => null
 */
export function questionnaireScope(questionnaire: Questionnaire, answers: Answers): FormulaScope {
  return unitScope(questionnaire.questions, questionnaire.relevance, answers)
}

/**
 * The codes of the questions asked given the answers so far: a question with a relevance
 * condition is asked only when the condition is true (missing → not asked). Answers of questions
 * that are not asked are kept but not counted.
 *
 * @example
 *   relevantQuestions(questionnaire, { CoPhongCNTT: true }).has('SoCBCNTT') // => true
 *   relevantQuestions(questionnaire, {}).has('SoCBCNTT') // => false
 */
export function relevantQuestions(
  questionnaire: Questionnaire,
  answers: Answers,
  scope = questionnaireScope(questionnaire, answers),
): ReadonlySet<string> {
  const relevant = new Set<string>()
  for (const question of questionnaire.order) {
    const condition = questionnaire.relevance.get(question.code)
    if (condition === undefined || evaluateFormula(condition, scope) === true) relevant.add(question.code)
  }
  return relevant
}

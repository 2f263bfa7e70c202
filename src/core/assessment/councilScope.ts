import type { Framework } from '@core/framework/framework'
import { collectReferences } from '@core/formula/collectReferences'
import { parseFormula } from '@core/formula/parseFormula'
import type { CouncilMember } from './council'

/**
 * What one council member may see and appraise: `units` (an empty list: every unit), the answer
 * questions of their criteria groups, and the points criteria (indicators) whose formula reads a
 * question of those groups. With no groups every question and criterion is in scope.
 *
 * @example
 *   const scope = councilScope({ units: ['SNV'], groups: ['HTKT'] }, framework)
 *   scope.hasUnit('SNV') && scope.hasItem('answer', 'MayBan') // => true
 */
export type CouncilScope = {
  readonly hasUnit: (unit: string) => boolean
  readonly hasItem: (kind: 'answer' | 'points', question: string) => boolean
  /** The question codes in scope (the declared answers a work package carries). */
  readonly questions: ReadonlySet<string>
}

/**
 * The scope of a member's assignment over a framework (see `CouncilScope`).
 *
 * @example
 *   councilScope({ units: [], groups: ['1'] }, dti).hasItem('points', '1.1') // => true
 */
export function councilScope(
  member: Pick<CouncilMember, 'units' | 'groups'>,
  framework: Pick<Framework, 'questions' | 'indicators'>,
): CouncilScope {
  const units = new Set(member.units)
  const groups = new Set(member.groups)
  const questions = new Set(
    framework.questions
      .filter((question) => groups.size === 0 || groups.has(question.section))
      .map((question) => question.code),
  )
  const criteria = new Set(
    framework.indicators
      .filter((indicator) => groups.size === 0 || readsAny(indicator.formula, questions))
      .map((indicator) => indicator.code),
  )
  return {
    hasUnit: (unit) => units.size === 0 || units.has(unit),
    hasItem: (kind, question) => (kind === 'points' ? criteria.has(question) : questions.has(question)),
    questions,
  }
}

function readsAny(formula: string, questions: ReadonlySet<string>): boolean {
  const parsed = parseFormula(formula)
  if (!parsed.ok) return false
  const references = collectReferences(parsed.value)
  return [...references.questions, ...references.tables].some((code) => questions.has(code))
}

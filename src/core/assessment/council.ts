import type { Framework } from '@core/framework/framework'

/**
 * A member of an assessment's appraisal council (hội đồng thẩm định, decision 0025) and what the
 * lead assigned them: units, criteria groups (the framework's sections), or both. An empty list
 * places no limit on that side, so `{ units: ['SNV'], groups: [] }` is every item of SNV and
 * `{ units: [], groups: ['HTKT'] }` the HTKT items of every unit; a member with both lists empty
 * has no assignment yet and gets no work package.
 *
 * @example
 *   const member: CouncilMember = { id: 'm-1', name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở TT&TT', units: ['SNV', 'STC'], groups: [] }
 */
export type CouncilMember = {
  readonly id: string
  readonly name: string
  readonly position?: string
  readonly units: readonly string[]
  readonly groups: readonly string[]
}

/**
 * The council of one assessment (the `councils` row): its members in the order the lead added them.
 *
 * @example
 *   const council: Council = { assessmentId: 'a-1', members: [member], updatedAt: '2026-03-01T08:00:00.000Z' }
 */
export type Council = {
  readonly assessmentId: string
  readonly members: readonly CouncilMember[]
  readonly updatedAt: string
}

/** Why a council member cannot be saved as entered; nothing is saved in any of these cases. */
export type CouncilMemberProblem =
  | { readonly code: 'council-member-name-required' }
  | { readonly code: 'council-member-name-taken'; readonly name: string }
  | { readonly code: 'council-member-unknown-unit'; readonly unit: string }
  | { readonly code: 'council-member-unknown-group'; readonly group: string }

/** The longest member name or position kept (a person's name and title fit easily). */
export const MAX_COUNCIL_TEXT = 200

/**
 * Checks a member before it is saved: a name (trimmed, not empty, not another member's), units
 * of the assessment and sections of the framework only. Every problem is returned.
 *
 * @example
 *   checkCouncilMember({ id: 'm-2', name: ' ', units: ['XYZ'], groups: [] }, [], ['SNV'], framework)
 *   // => [{ code: 'council-member-name-required' }, { code: 'council-member-unknown-unit', unit: 'XYZ' }]
 */
export function checkCouncilMember(
  member: CouncilMember,
  others: readonly CouncilMember[],
  unitCodes: readonly string[],
  framework: Pick<Framework, 'sections'>,
): CouncilMemberProblem[] {
  const problems: CouncilMemberProblem[] = []
  const name = member.name.trim()
  if (name === '' || name.length > MAX_COUNCIL_TEXT) problems.push({ code: 'council-member-name-required' })
  else if (
    others.some(
      (other) => other.id !== member.id && other.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase(),
    )
  )
    problems.push({ code: 'council-member-name-taken', name })
  const units = new Set(unitCodes)
  for (const unit of member.units)
    if (!units.has(unit)) problems.push({ code: 'council-member-unknown-unit', unit })
  const groups = new Set(framework.sections.map((section) => section.code))
  for (const group of member.groups)
    if (!groups.has(group)) problems.push({ code: 'council-member-unknown-group', group })
  return problems
}

/** Whether the lead has assigned the member anything (a unit or a criteria group). @example hasAssignment({ units: [], groups: ['HTKT'] }) // => true */
export function hasAssignment(member: Pick<CouncilMember, 'units' | 'groups'>): boolean {
  return member.units.length > 0 || member.groups.length > 0
}

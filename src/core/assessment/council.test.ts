import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { Result } from '@core/result'
import { checkCouncilMember, hasAssignment, type CouncilMember } from './council'
import { councilScope } from './councilScope'

const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
const dept = value(loadBuiltInFramework('dept-ict-readiness'))
const dti = value(loadBuiltInFramework('dti-points'))
const member = (over: Partial<CouncilMember> = {}): CouncilMember => ({
  id: 'm-1',
  name: 'Nguyễn Văn An',
  units: ['SNV'],
  groups: [],
  ...over,
})

describe('checkCouncilMember', () => {
  it('accepts a named member with units of the assessment and sections of the framework', () => {
    expect(checkCouncilMember(member({ groups: ['HTKT'] }), [], ['SNV', 'STC'], dept)).toEqual([])
  })

  it('collects every problem: no name, a name taken (any case), an unknown unit and group', () => {
    expect(
      checkCouncilMember(member({ name: '  ', units: ['XYZ'], groups: ['NOPE'] }), [], ['SNV'], dept),
    ).toEqual([
      { code: 'council-member-name-required' },
      { code: 'council-member-unknown-unit', unit: 'XYZ' },
      { code: 'council-member-unknown-group', group: 'NOPE' },
    ])
    const other = member({ id: 'm-2', name: 'nguyễn văn an' })
    expect(checkCouncilMember(member(), [other], ['SNV'], dept)).toEqual([
      { code: 'council-member-name-taken', name: 'Nguyễn Văn An' },
    ])
    expect(checkCouncilMember(member(), [member()], ['SNV'], dept)).toEqual([])
  })

  it('has an assignment once a unit or a group is assigned', () => {
    expect(hasAssignment({ units: [], groups: [] })).toBe(false)
    expect(hasAssignment({ units: [], groups: ['HTKT'] })).toBe(true)
  })
})

describe('councilScope', () => {
  it('by units: every item of the assigned units, no other unit', () => {
    const scope = councilScope({ units: ['SNV'], groups: [] }, dept)
    expect(scope.hasUnit('SNV')).toBe(true)
    expect(scope.hasUnit('STC')).toBe(false)
    expect(scope.hasItem('answer', 'MayBan')).toBe(true)
    expect(scope.hasItem('answer', 'QLVB')).toBe(true)
    expect(scope.questions.size).toBe(dept.questions.length)
  })

  it('by criteria groups: the questions of the sections, for every unit; not a question of another section', () => {
    const scope = councilScope({ units: [], groups: ['HTKT'] }, dept)
    expect(scope.hasUnit('anything')).toBe(true)
    expect(scope.hasItem('answer', 'MayBan')).toBe(true)
    expect(scope.hasItem('answer', 'QLVB')).toBe(false)
    expect(scope.hasItem('answer', 'NotAQuestion')).toBe(false)
  })

  it('puts a points criterion in the groups of the questions its formula reads', () => {
    const first = dti.sections[0]?.code ?? ''
    const scope = councilScope({ units: [], groups: [first] }, dti)
    const inFirst = dti.indicators.filter((indicator) => scope.hasItem('points', indicator.code))
    expect(inFirst.length).toBeGreaterThan(0)
    expect(inFirst.length).toBeLessThan(dti.indicators.length)
    expect(scope.hasItem('points', 'not-a-criterion')).toBe(false)
  })
})

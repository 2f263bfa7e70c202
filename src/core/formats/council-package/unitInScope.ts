import { unitCodeProblem } from '@core/assessment/unitCode'
import type { CouncilFileIssue } from './councilFileIssue'

/**
 * Why a unit code in a council file is refused, or `null`: not a valid code, a look-alike of an
 * assigned code (Cyrillic or Greek letters, another case), or not assigned (when `assigned` is
 * not empty; an empty assignment covers every unit of the assessment, checked by the lead's merge).
 *
 * @example
 *   unitInScope('SΝV', ['SNV']) // => { code: 'unit-code-lookalike', found: 'SΝV', known: 'SNV' }
 *   unitInScope('STC', ['SNV']) // => { code: 'council-file-unit-out-of-scope', unit: 'STC' }
 */
export function unitInScope(unit: string, assigned: readonly string[]): CouncilFileIssue | null {
  if (assigned.includes(unit)) return null
  const problem = unitCodeProblem(unit, assigned)
  if (problem !== null) return problem
  return assigned.length === 0 ? null : { code: 'council-file-unit-out-of-scope', unit }
}

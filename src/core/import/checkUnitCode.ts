import { unitCodeProblem } from '@core/assessment/unitCode'
import type { FileIssue } from './importTypes'

/**
 * Why a submission's unit code is refused, or `null`: a look-alike of a known unit (by case or
 * Cyrillic/Greek letters; the known unit is named), a code that is not valid (the reader keeps
 * codes that only look-alike letters make invalid, so this refuses them even without a list), or,
 * when a list of known units is given, a unit not in it.
 *
 * @example
 *   checkUnitCode('SΝV', new Set(['SNV'])) // => { code: 'unit-code-lookalike', found: 'SΝV', known: 'SNV' }
 *   checkUnitCode('SXD', new Set(['SNV'])) // => { code: 'unknown-unit', unitCode: 'SXD' }
 */
export function checkUnitCode(
  unitCode: string,
  knownUnits: ReadonlySet<string> | undefined,
): FileIssue | null {
  if (knownUnits?.has(unitCode) === true) return null
  const problem = unitCodeProblem(unitCode, knownUnits ?? [])
  if (problem !== null) return problem
  return knownUnits === undefined ? null : { code: 'unknown-unit', unitCode }
}

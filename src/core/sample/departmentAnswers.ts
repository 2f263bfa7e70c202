import type { Framework } from '@core/framework/framework'
import { departmentApplications } from './departmentApplications'
import { departmentBasics } from './departmentBasics'
import { departmentInfrastructure } from './departmentInfrastructure'
import { departmentPortal } from './departmentPortal'
import { departmentStaffSkills } from './departmentStaffSkills'
import type { SampleAnswers } from './sampleAnswers'
import type { SampleContext } from './sampleContext'

/**
 * Plausible answers of one department or district to the built-in `dept-ict-readiness`
 * questionnaire (Hà Tĩnh survey) for one year, every question covered. The sizes come first
 * (`departmentBasics`) so that the sections agree with each other and no check fails.
 *
 * @example
 *   departmentAnswers(createSampleContext(1, unit, 2025), framework).SoCBCC // => e.g. 83
 */
export function departmentAnswers(
  context: SampleContext,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  const basics = departmentBasics(context)
  // Object.assign, not spread: V8 spreads objects of 150 keys very slowly (2 ms each).
  return Object.assign(
    {},
    departmentInfrastructure(context, basics),
    departmentStaffSkills(context, basics),
    departmentApplications(context, basics),
    departmentPortal(context, basics, framework),
  )
}

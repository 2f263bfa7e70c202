import type { Framework } from '@core/framework/framework'
import { danangUnits } from './danangUnits'
import type { SampleUnit } from './sampleUnit'
import { sampleProfileFor } from './sampleProfiles'

/**
 * The Đà Nẵng units a framework's sample is generated for by default: those of the groups its
 * questionnaire suits (all 28 for `dept-ict-readiness`, the 7 districts for `dti-points`); all 28
 * when no Đà Nẵng unit is of the framework's group (a provincial framework, say).
 *
 * @example
 *   defaultSampleUnits(dtiPoints).map((unit) => unit.code) // => ['Q-HC', 'Q-TK', 'Q-ST', 'Q-NHS', 'Q-LC', 'Q-CL', 'H-HV']
 */
export function defaultSampleUnits(framework: Pick<Framework, 'id' | 'unitGroup'>): readonly SampleUnit[] {
  const groups: readonly string[] = sampleProfileFor(framework).unitGroups
  const matching = danangUnits.filter((unit) => groups.includes(unit.group))
  return matching.length > 0 ? matching : danangUnits
}

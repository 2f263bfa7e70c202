import type { Framework } from '@core/framework/framework'
import { departmentAnswers } from './departmentAnswers'
import { districtDtiAnswers } from './districtDtiAnswers'
import type { SampleAnswers } from './sampleAnswers'
import type { SampleContext } from './sampleContext'

/**
 * What the generator knows about one framework: which unit groups its questionnaire suits (the
 * default sample units are Đà Nẵng's units of these groups), the groups given in turn to synthetic
 * units, and the answers of one unit in one year.
 *
 * @example
 *   sampleProfileFor(framework)?.unitGroups // => ['so-ban-nganh', 'quan-huyen'] for dept-ict-readiness
 */
export type SampleProfile = {
  readonly unitGroups: readonly [string, ...string[]]
  readonly syntheticGroups: readonly [string, ...string[]]
  readonly answers: (context: SampleContext, framework: Pick<Framework, 'questions'>) => SampleAnswers
}

/**
 * The profiles by framework id (any version). The Hà Tĩnh department survey covers both
 * departments and districts (it asks districts for their map, departments for statistics), so
 * both groups answer it, three departments to one district among synthetic units. The DTI set
 * asks about households, villages and communes: districts only.
 */
const profiles: Readonly<Record<string, SampleProfile>> = {
  'dept-ict-readiness': {
    unitGroups: ['so-ban-nganh', 'quan-huyen', 'xa-phuong'],
    syntheticGroups: ['so-ban-nganh', 'so-ban-nganh', 'so-ban-nganh', 'quan-huyen'],
    answers: departmentAnswers,
  },
  'dti-points': {
    unitGroups: ['quan-huyen', 'xa-phuong'],
    syntheticGroups: ['quan-huyen'],
    answers: districtDtiAnswers,
  },
}

/**
 * The profile for a framework: a built-in one by id, else one that answers every question from its
 * type (`genericAnswer`) for units of the framework's own group.
 *
 * @example
 *   sampleProfileFor({ id: 'my-framework', unitGroup: 'tinh-thanh' }).answers(context, framework) // => {}
 */
export function sampleProfileFor(framework: Pick<Framework, 'id' | 'unitGroup'>): SampleProfile {
  return (
    profiles[framework.id] ?? {
      unitGroups: [framework.unitGroup],
      syntheticGroups: [framework.unitGroup],
      answers: () => ({}),
    }
  )
}

/**
 * Whether the generator has a realistic profile for the framework (otherwise answers are only
 * valid for their types).
 *
 * @example
 *   hasSampleProfile({ id: 'dti-points' }) // => true
 */
export function hasSampleProfile(framework: Pick<Framework, 'id'>): boolean {
  return framework.id in profiles
}

import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { Sample } from './generateSample'

/**
 * A sample's submissions as the scoring engine takes them (`computeAssessment`), group as the
 * group code.
 *
 * @example
 *   computeAssessment(framework, sampleUnitAnswers(sample))
 */
export function sampleUnitAnswers(sample: Pick<Sample, 'submissions'>): UnitAnswers[] {
  return sample.submissions.map(({ unit, answers }) => ({
    code: unit.code,
    name: unit.name,
    group: unit.group,
    answers,
  }))
}

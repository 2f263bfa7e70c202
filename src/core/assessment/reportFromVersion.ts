import type { Appraisal } from './appraisal'
import type { ResultsVersion } from './resultsVersion'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

/**
 * What a results report of a published assessment is built from: the answers and appraisals
 * frozen in the version in force, not the current final answers (which may have changed since an
 * unlock). Units keep their names and groups from `scoring`; a unit of the version no longer in
 * the assessment keeps its code as its name. A version without frozen answers (`origin:
 * 'upgraded'`) leaves the current ones, as before versions existed.
 *
 * @example
 *   const { units, appraisals } = reportInputsOfVersion(view.scoring, view.workspace.appraisals, version)
 */
export function reportInputsOfVersion(
  scoring: readonly UnitAnswers[],
  appraisals: readonly Appraisal[],
  version: Pick<ResultsVersion, 'finalAnswers' | 'appraisals'> | null,
): { readonly units: readonly UnitAnswers[]; readonly appraisals: readonly Appraisal[] } {
  if (version === null || version.finalAnswers === null) return { units: scoring, appraisals }
  const byCode = new Map(scoring.map((unit) => [unit.code, unit]))
  const units = version.finalAnswers.map(({ unit, answers }): UnitAnswers => {
    const current = byCode.get(unit)
    return current === undefined ? { code: unit, name: unit, group: '', answers } : { ...current, answers }
  })
  return { units, appraisals: version.appraisals }
}

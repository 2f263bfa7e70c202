import { scoringUnits } from '@core/assessment/scoringUnits'
import {
  aDeclared,
  anAssessmentFramework,
  aUnit,
  someAnswers,
} from '@core/assessment/testing/anAssessmentFramework'
import type { Appraisal } from '@core/assessment/appraisal'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { ResultsReportInput } from '@core/formats/results-report/resultsReportInput'

/** A report input over the small test framework: `count` units with long Vietnamese names, one appraisal. */
export function aReportInput(count = 6, overrides: Partial<ResultsReportInput> = {}): ResultsReportInput {
  const framework = anAssessmentFramework()
  const units = Array.from({ length: count }, (_, index) =>
    aUnit(`DV${String(index + 1).padStart(2, '0')}`, index % 2 === 0 ? 'Sở, ban, ngành' : 'UBND quận, huyện'),
  )
  const declared = units.map((unit, index) => aDeclared(unit.code, someAnswers((index * 37) % 50)))
  const appraisals: Appraisal[] = [
    {
      unit: 'DV02',
      question: 'MayTinh',
      value: 75,
      reason: 'Biên bản kiểm kê tài sản',
      at: '2026-03-01T08:00:00.000Z',
    },
  ]
  const scored = scoringUnits({ units, declared, appraisals })
  return {
    framework,
    result: computeAssessment(framework, scored),
    units: scored,
    year: 2025,
    appraisals,
    previous: null,
    status: 'official',
    generatedAt: '2026-03-05T09:30:00.000Z',
    appVersion: '0.1.0',
    ...overrides,
  }
}

import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { ResultsReportInput } from '@core/formats/results-report/resultsReportInput'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { generateSample } from '@core/sample/generateSample'

/**
 * The results report of the sample assessment: the built-in department framework's 28 Đà Nẵng
 * units (groups as the sample data table writes them, by code), seed 1, with a signature block.
 */
export function sampleReportInput(overrides: Partial<ResultsReportInput> = {}): ResultsReportInput {
  const framework = loadBuiltInFramework('dept-ict-readiness')
  if (!framework.ok) throw new Error('built-in framework')
  const sample = generateSample({ framework: framework.value, year: 2026, seed: 1 })
  if (!sample.ok) throw new Error('sample')
  const units: UnitAnswers[] = sample.value.submissions.map((submission) => ({
    code: submission.unit.code,
    name: submission.unit.name,
    group: submission.unit.group,
    answers: submission.answers,
  }))
  return {
    framework: framework.value,
    result: computeAssessment(framework.value, units),
    units,
    year: 2026,
    appraisals: [],
    previous: null,
    status: 'official',
    generatedAt: '2026-03-05T09:30:00.000Z',
    appVersion: '0.1.0',
    signature: { place: 'Đà Nẵng', preparer: 'Nguyễn Văn An', head: 'Trần Thị Bình' },
    ...overrides,
  }
}

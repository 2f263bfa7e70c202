import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { aFramework } from '@core/framework/testing/aFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { compileQuestionnaire, relevantQuestions } from '@core/responses/questionnaire'
import { validFramework } from '@core/responses/testing/validFramework'
import { checkSubmission } from '@core/responses/validateAnswers'
import { SAMPLE_YEARS, type Sample } from './generateSample'
import { generatedSample } from './testing/generatedSample'

const frameworks = {
  'dept-ict-readiness': loadedBuiltIn('dept-ict-readiness'),
  'dti-points': loadedBuiltIn('dti-points'),
}
const samples = Object.entries(frameworks).flatMap(([id, framework]) =>
  SAMPLE_YEARS.map((year) => ({ id, framework, sample: generatedSample(framework, year) })),
)

/** Per submission: the problems and missing answers `checkSubmission` finds, and those the sample lists. */
function findings(framework: ValidFramework, sample: Sample) {
  const questionnaire = compileQuestionnaire(framework)
  return sample.submissions.map(({ unit, answers }) => {
    const check = checkSubmission(questionnaire, { answers, comments: {}, entries: {} })
    const listed = sample.anomalies.filter((anomaly) => anomaly.unit === unit.code)
    return {
      unit: unit.code,
      problems: [...new Set(check.problems.map((problem) => problem.question))].sort(),
      missing: check.missing.map((entry) => entry.question).sort(),
      listedProblems: listed
        .filter((anomaly) => anomaly.kind === 'inconsistent' || anomaly.kind === 'out-of-range')
        .map((anomaly) => anomaly.question)
        .sort(),
      listedMissing: listed
        .filter((anomaly) => anomaly.kind === 'missing')
        .map((anomaly) => anomaly.question)
        .sort(),
    }
  })
}

describe('generated answers', () => {
  it.each(samples.map(({ id, framework, sample }) => [id, sample.year, framework, sample] as const))(
    'pass every type, range and check of %s %i except the listed anomalies',
    (_id, _year, framework, sample) => {
      for (const finding of findings(framework, sample)) {
        expect({ unit: finding.unit, problems: finding.problems, missing: finding.missing }).toEqual({
          unit: finding.unit,
          problems: finding.listedProblems,
          missing: finding.listedMissing,
        })
      }
    },
  )

  it('answer only questions that are asked', () => {
    for (const { framework, sample } of samples) {
      const questionnaire = compileQuestionnaire(framework)
      for (const { answers } of sample.submissions) {
        const asked = relevantQuestions(questionnaire, answers)
        expect(Object.keys(answers).filter((code) => !asked.has(code))).toEqual([])
      }
    }
  })

  it('leave the subordinate-unit questions out for a department without subordinate units', () => {
    const { sample } = samples[0] ?? { sample: undefined }
    const without =
      sample?.submissions.filter((submission) => submission.answers['SoDonViTrucThuoc'] === 0) ?? []

    expect(without.length).toBeGreaterThan(0)
    expect(
      without.every(
        (submission) => !('MayBan_DVTT' in submission.answers) && !('SoCB_DVTT' in submission.answers),
      ),
    ).toBe(true)
  })

  it('fill the software table with rows for most units', () => {
    const { sample } = samples[1] ?? { sample: undefined }
    const rowCounts =
      sample?.submissions.map((submission) =>
        Array.isArray(submission.answers['ListPMQLCN']) ? submission.answers['ListPMQLCN'].length : 0,
      ) ?? []

    expect(rowCounts.filter((count) => count > 0).length).toBeGreaterThan(rowCounts.length / 2)
    expect(Math.max(...rowCounts)).toBeGreaterThanOrEqual(4)
  })

  it('write texts in Vietnamese, normalised to NFC', () => {
    const texts = samples.flatMap(({ sample }) =>
      sample.submissions.flatMap(
        (submission) => JSON.stringify(submission.answers).match(/"[^"]*[^ -~][^"]*"/g) ?? [],
      ),
    )

    expect(texts.length).toBeGreaterThan(100)
    expect(texts.every((text) => text === text.normalize('NFC'))).toBe(true)
    expect(texts.some((text) => text.includes('Phần mềm') || text.includes('Hệ thống'))).toBe(true)
  })

  it('hold a few of each planted anomaly across the three years, in a minority of submissions', () => {
    const anomalies = samples.flatMap(({ sample }) => sample.anomalies)
    const submissions = samples.reduce((total, { sample }) => total + sample.submissions.length, 0)
    const kinds = (kind: string) => anomalies.filter((anomaly) => anomaly.kind === kind).length

    expect(kinds('missing')).toBeGreaterThanOrEqual(5)
    expect(kinds('outlier')).toBeGreaterThanOrEqual(2)
    expect(kinds('inconsistent')).toBeGreaterThanOrEqual(2)
    expect(new Set(anomalies.map((anomaly) => `${anomaly.unit}|${anomaly.year}`)).size).toBeLessThan(
      submissions * 0.4,
    )
  })

  it('make an outlier ten times the plausible value, and an inconsistency larger than its bound', () => {
    const anomalies = samples.flatMap(({ sample }) => sample.anomalies)

    for (const outlier of anomalies.filter((anomaly) => anomaly.kind === 'outlier'))
      expect(outlier.found).toBe((outlier.expected as number) * 10)
    for (const inconsistency of anomalies.filter((anomaly) => anomaly.kind === 'inconsistent'))
      expect(inconsistency.found as number).toBeGreaterThan(inconsistency.expected as number)
  })

  it('pass every check of a framework without a profile, percents above 100 % aside', () => {
    const framework = validFramework(aFramework())
    const sample = generatedSample(framework, 2025, { units: [], extraUnits: 300 })

    for (const finding of findings(framework, sample)) {
      expect([finding.problems, finding.missing]).toEqual([finding.listedProblems, finding.listedMissing])
    }
    expect(sample.anomalies.some((anomaly) => anomaly.kind === 'out-of-range')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { sampleSubmissionFile, sampleSubmissionFileName } from './sampleSubmissionFile'
import { generatedSample } from './testing/generatedSample'

describe('sampleSubmissionFile', () => {
  it('holds the format version, framework, year, unit and answers', () => {
    const sample = generatedSample(loadedBuiltIn('dti-points'), 2025)
    const submission = sample.submissions[0]
    if (submission === undefined) throw new Error('no submission')

    expect(sampleSubmissionFile(sample, submission)).toEqual({
      formatVersion: 1,
      frameworkId: 'dti-points',
      frameworkVersion: sample.frameworkVersion,
      year: 2025,
      unit: { code: 'Q-HC', name: 'UBND quận Hải Châu', group: 'quan-huyen' },
      answers: submission.answers,
    })
  })

  it('keeps the answers in the framework’s question order', () => {
    const framework = loadedBuiltIn('dept-ict-readiness')
    const sample = generatedSample(framework, 2025)
    const submission = sample.submissions[1]
    if (submission === undefined) throw new Error('no submission')

    const keys = Object.keys(sampleSubmissionFile(sample, submission).answers)

    expect(keys).toEqual(
      framework.questions.map((question) => question.code).filter((code) => keys.includes(code)),
    )
  })
})

describe('sampleSubmissionFileName', () => {
  it('names the file after the unit code, made safe for any file system', () => {
    expect(sampleSubmissionFileName('VP-UBND')).toBe('VP-UBND.json')
    expect(sampleSubmissionFileName('A/B:C')).toBe('A_B_C.json')
  })
})

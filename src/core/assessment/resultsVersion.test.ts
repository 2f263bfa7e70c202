import { describe, expect, it } from 'vitest'
import { computeAssessment } from '@core/scoring/computeAssessment'
import {
  freezeResultsVersion,
  isResultsVersionIntact,
  nextResultsVersionNumber,
  publishedResultsVersion,
  resultsVersionDigest,
  shortDigest,
  type ResultsVersionContent,
} from './resultsVersion'
import { aUnit, anAssessmentFramework, someAnswers } from './testing/anAssessmentFramework'

const framework = anAssessmentFramework()
const units = [aUnit('STC'), aUnit('SYT'), aUnit('SNV')].map((unit, index) => ({
  ...unit,
  attributes: { group: unit.group },
  answers: someAnswers(index * 7),
}))
const content = (): ResultsVersionContent => ({
  assessmentId: 'a1',
  version: 1,
  publishedAt: '2026-03-01T08:00:00.000Z',
  engineVersion: 1,
  framework: JSON.parse(JSON.stringify(framework)),
  finalAnswers: units.map((unit) => ({ unit: unit.code, answers: unit.answers })),
  appraisals: [
    {
      unit: 'STC',
      question: 'MayTinh',
      value: 57,
      reason: 'Biên bản kiểm kê',
      at: '2026-02-20T08:00:00.000Z',
    },
  ],
  result: computeAssessment(framework, units),
})

describe('resultsVersionDigest', () => {
  it('is stable: the same content in another key order, or after a JSON round trip, has the same digest', () => {
    const original = content()
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(original).reverse())),
    ) as ResultsVersionContent

    expect(resultsVersionDigest(original)).toMatch(/^[0-9a-f]{64}$/)
    expect(resultsVersionDigest(reordered)).toBe(resultsVersionDigest(original))
  })

  it('changes when an answer, an appraisal, a result or the version number changes', () => {
    const base = resultsVersionDigest(content())
    const answers = content()
    const edited = {
      ...answers,
      finalAnswers: (answers.finalAnswers ?? []).map((entry, index) =>
        index === 0 ? { ...entry, answers: { ...entry.answers, MayTinh: 58 } } : entry,
      ),
    }
    const appraisal = { ...content(), appraisals: [{ ...content().appraisals[0]!, reason: 'Khác' }] }
    const result = content()
    const root = result.result.components[result.result.rootCode]!
    const score = {
      ...result,
      result: {
        ...result.result,
        components: {
          ...result.result.components,
          [result.result.rootCode]: { ...root, score: root.score.map((value) => (value ?? 0) + 0.001) },
        },
      },
    }

    const digests = [edited, appraisal, score, { ...content(), version: 2 }].map(resultsVersionDigest)

    expect(new Set([base, ...digests]).size).toBe(5)
  })
})

describe('freezeResultsVersion', () => {
  it('keeps plain data whose digest still matches after storage, and notices an edit', () => {
    const frozen = freezeResultsVersion(content(), { origin: 'published', auditSeq: 4 })
    const stored = JSON.parse(JSON.stringify(frozen)) as typeof frozen

    expect(stored.digest).toBe(resultsVersionDigest(content()))
    expect(isResultsVersionIntact(stored)).toBe(true)
    expect(isResultsVersionIntact({ ...stored, publishedAt: '2026-03-02T08:00:00.000Z' })).toBe(false)
  })
})

describe('version numbers', () => {
  it('numbers the first publication 1 and every later one one higher than the highest', () => {
    expect(nextResultsVersionNumber([])).toBe(1)
    expect(nextResultsVersionNumber([{ version: 2 }, { version: 1 }])).toBe(3)
  })

  it('names the latest version as the published one only while the assessment is published', () => {
    const versions = [{ version: 1 }, { version: 2 }]

    expect(publishedResultsVersion({ status: 'published' }, versions)).toEqual({ version: 2 })
    expect(publishedResultsVersion({ status: 'open' }, versions)).toBeNull()
    expect(publishedResultsVersion({ status: 'published' }, [])).toBeNull()
  })

  it('shows a digest in short form', () => {
    expect(shortDigest('9c1e4b07aa35d2f0ffff')).toBe('9c1e 4b07 aa35')
  })
})

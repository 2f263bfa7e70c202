import { describe, expect, it } from 'vitest'
import type { Appraisal } from './appraisal'
import { reportInputsOfVersion } from './reportFromVersion'

const scoring = [
  { code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'so', answers: { Q1: 9 } },
  { code: 'SYT', name: 'Sở Y tế', group: 'so', answers: { Q1: 4 } },
]
const current: Appraisal[] = [
  { unit: 'STC', question: 'Q1', value: 9, reason: 'sau khi mở khoá', at: '2026-04-02' },
]
const frozen: Appraisal[] = [{ unit: 'STC', question: 'Q1', value: 7, reason: 'thẩm định', at: '2026-03-01' }]

describe('reportInputsOfVersion', () => {
  it('takes the answers and appraisals the published version froze, names from the assessment', () => {
    const version = {
      finalAnswers: [
        { unit: 'STC', answers: { Q1: 7 } },
        { unit: 'OLD', answers: { Q1: 1 } },
      ],
      appraisals: frozen,
    }
    expect(reportInputsOfVersion(scoring, current, version)).toEqual({
      units: [
        { code: 'STC', name: 'Sở Thông tin và Truyền thông', group: 'so', answers: { Q1: 7 } },
        { code: 'OLD', name: 'OLD', group: '', answers: { Q1: 1 } },
      ],
      appraisals: frozen,
    })
  })

  it('keeps the current answers without a version or for one recorded by the upgrade (no answers kept)', () => {
    expect(reportInputsOfVersion(scoring, current, null)).toEqual({ units: scoring, appraisals: current })
    expect(reportInputsOfVersion(scoring, current, { finalAnswers: null, appraisals: frozen })).toEqual({
      units: scoring,
      appraisals: current,
    })
  })
})

import { describe, expect, it } from 'vitest'
import {
  aDeclared,
  aUnit,
  anAssessmentFramework,
  someAnswers,
} from '@core/assessment/testing/anAssessmentFramework'
import { deriveAssessmentView } from '@core/assessment/assessmentView'
import type { Appraisal } from '@core/assessment/appraisal'
import type { Assessment } from '@core/assessment/assessment'
import { feedbackForUnit, type RoundSource, type RoundTexts } from './feedbackForUnit'

const framework = anAssessmentFramework()
const units = ['STC', 'SYT', 'SNV'].map((code) => aUnit(code))
const declared = units.map((unit, index) => aDeclared(unit.code, someAnswers(index * 10)))
const appraisal = (unit: string, question: string, value: Appraisal['value'], at: string): Appraisal => ({
  unit,
  question,
  value,
  reason: `Lý do ${question}`,
  at,
})
const texts: RoundTexts = {
  frameworkName: 'Bộ chỉ số thử',
  label: (_kind, code) => `Câu ${code}`,
  value: (_kind, _code, value) => (value === null ? '(trống)' : String(value)),
  componentName: (code) => `Thành phần ${code}`,
}

function sourceWith(appraisals: Appraisal[]): RoundSource {
  const assessment = {
    id: 'a1',
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: 2025,
    units,
    status: 'open',
    approvals: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  } as unknown as Assessment
  const view = deriveAssessmentView({
    assessment,
    framework,
    declared,
    appraisals,
    officialResult: null,
    previous: null,
  })
  return {
    result: view.result,
    rulePoints: null,
    componentCodes: view.componentCodes,
    declared: new Map(declared.map((submission) => [submission.unit, submission.answers])),
    appraisals,
  }
}

describe('feedbackForUnit', () => {
  it('lists, in the order last appraised, the appraisals in force that differ from the declared answer, with the provisional results', () => {
    const source = sourceWith([
      appraisal('SYT', 'MayTinh', 40, '2026-03-01T08:00:00.000Z'),
      appraisal('SYT', 'MayTinh', 45, '2026-03-02T08:00:00.000Z'),
      // confirms the declared value: not disputed
      appraisal('SYT', 'SoCBCC', 100, '2026-03-01T09:00:00.000Z'),
      appraisal('SYT', 'CoPhongCNTT', false, '2026-03-01T10:00:00.000Z'),
      appraisal('STC', 'MayTinh', 1, '2026-03-01T10:00:00.000Z'),
    ])
    const content = feedbackForUnit('SYT', source, texts, 'Đề nghị giải trình.')
    expect(content.items).toEqual([
      {
        question: 'CoPhongCNTT',
        kind: 'answer',
        label: 'Câu CoPhongCNTT',
        declared: 'true',
        appraised: 'false',
        reason: 'Lý do CoPhongCNTT',
      },
      {
        question: 'MayTinh',
        kind: 'answer',
        label: 'Câu MayTinh',
        declared: '60',
        appraised: '45',
        reason: 'Lý do MayTinh',
      },
    ])
    const index = source.result.units.findIndex((unit) => unit.code === 'SYT')
    const root = source.result.components[source.result.rootCode]
    expect(content).toMatchObject({
      frameworkName: 'Bộ chỉ số thử',
      message: 'Đề nghị giải trình.',
      composite: root?.score[index],
      rank: root?.rank[index],
      unitCount: 3,
    })
    expect(content.components.map((component) => component.code)).toEqual(source.componentCodes)
    expect(feedbackForUnit('SNV', source, texts, '').items).toEqual([])
  })
})

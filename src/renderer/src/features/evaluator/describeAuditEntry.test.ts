import { testTranslator as translator } from '../../i18n/testTranslator'
import { describe, expect, it } from 'vitest'
import type { AssessmentAuditEntry } from '@core/assessment/assessmentAudit'
import { describeAuditEntry } from './describeAuditEntry'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'

const decision = (action: 'round.item-kept' | 'round.item-revised', value: number): AssessmentAuditEntry => ({
  seq: 9,
  at: '2026-05-01T08:00:00.000Z',
  assessmentId: 'a1',
  operator: { mode: 'evaluator', name: 'Nguyễn Văn An' },
  action,
  detail: {
    unit: 'STC',
    question: 'MayTinh',
    declared: 150,
    previous: 120,
    value,
    reason: 'Biên bản kiểm kê',
    round: 2,
    explanation: 'Đã mua thêm máy',
  },
})

describe('describeAuditEntry for decisions on a unit’s explanations', () => {
  it('says which item of which round was kept or revised, from what to what, and why', async () => {
    const [tvi, ten] = [await translator('vi'), await translator('en')]
    expect(describeAuditEntry(tvi, decision('round.item-kept', 120), 'vi')).toBe(
      'STC · MayTinh (vòng 2): giữ kết quả thẩm định 120 sau giải trình của đơn vị. Lý do: Biên bản kiểm kê',
    )
    expect(describeAuditEntry(ten, decision('round.item-revised', 150), 'en')).toBe(
      "STC · MayTinh (round 2): revised from 120 to 150 after the unit's explanation. Reason: Biên bản kiểm kê",
    )
  })

  it('names every decision problem in both languages', async () => {
    const problems = [
      { code: 'round-decision-not-in-response', question: 'MayTinh' },
      { code: 'round-decision-item-agreed', question: 'MayTinh' },
      { code: 'round-decision-unchanged', question: 'MayTinh' },
      { code: 'round-decision-stale-response', question: 'MayTinh' },
      { code: 'round-decision-unknown-response', unit: 'STC' },
    ]
    for (const language of ['vi', 'en'] as const) {
      const t = await translator(language)
      for (const problem of problems) {
        const text = describeEvaluatorIssue(t, problem)
        expect(text, `${language} ${problem.code}`).toMatch(/MayTinh|STC/)
      }
    }
  })
})

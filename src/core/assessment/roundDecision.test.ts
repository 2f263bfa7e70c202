import { describe, expect, it } from 'vitest'
import type { Appraisal } from './appraisal'
import { checkRoundDecision, isDecided, itemDecisions, type DecidableItem } from './roundDecision'

const items: DecidableItem[] = [
  { question: 'MayTinh', kind: 'answer', decision: 'explain', explanation: 'Đã mua thêm 30 máy' },
  { question: 'CDS_1_1', kind: 'points', decision: 'explain', explanation: 'Kế hoạch ban hành đúng hạn' },
  { question: 'SoCBCC', kind: 'answer', decision: 'agree', explanation: '' },
]
const codes = new Set(['MayTinh', 'SoCBCC'])
const criteria = new Map([['CDS_1_1', 10]])
const link = (decision: 'kept' | 'revised', responseId = 'r1') => ({
  round: 1,
  responseId,
  decision,
  explanation: 'x',
})

describe('checkRoundDecision', () => {
  it('accepts keeping an explained item with a reason and revising it to a new value', () => {
    const keep = { question: 'MayTinh', value: 120, reason: 'Không có biên bản', decision: 'kept' as const }
    expect(checkRoundDecision(keep, items, 120, codes, criteria)).toEqual([])
    const revise = { ...keep, value: 150, decision: 'revised' as const }
    expect(checkRoundDecision(revise, items, 120, codes, criteria)).toEqual([])
  })

  it('requires a reason, an explained item of the response and, to revise, a changed value', () => {
    expect(
      checkRoundDecision(
        { question: 'MayTinh', value: 120, reason: ' ', decision: 'kept' },
        items,
        120,
        codes,
      ),
    ).toEqual([{ code: 'appraisal-reason-required' }])
    expect(
      checkRoundDecision(
        { question: 'SoCBCC', value: 5, reason: 'Lý do', decision: 'revised' },
        items,
        4,
        codes,
      ),
    ).toEqual([{ code: 'round-decision-item-agreed', question: 'SoCBCC' }])
    expect(
      checkRoundDecision(
        { question: 'MayTinh', kind: 'points', value: 1, reason: 'Lý do', decision: 'kept' },
        items,
        1,
        codes,
        new Map([['MayTinh', 5]]),
      ),
    ).toEqual([{ code: 'round-decision-not-in-response', question: 'MayTinh' }])
    expect(
      checkRoundDecision(
        { question: 'MayTinh', value: 120, reason: 'Lý do', decision: 'revised' },
        items,
        120,
        codes,
      ),
    ).toEqual([{ code: 'round-decision-unchanged', question: 'MayTinh' }])
  })

  it('reuses the appraisal checks for the value: points out of range are refused', () => {
    const points = {
      question: 'CDS_1_1',
      kind: 'points' as const,
      value: 12,
      reason: 'Lý do',
      decision: 'revised' as const,
    }
    expect(checkRoundDecision(points, items, 5, codes, criteria)).toEqual([
      { code: 'appraisal-points-out-of-range', criterion: 'CDS_1_1', maxPoints: 10 },
    ])
  })
})

describe('itemDecisions', () => {
  const response = { id: 'r1', unit: 'STC', content: { items } }
  const appraisal = (over: Partial<Appraisal>): Appraisal => ({
    unit: 'STC',
    question: 'MayTinh',
    value: 120,
    reason: 'Lý do',
    at: '2026-05-01T00:00:00.000Z',
    ...over,
  })

  it('counts agreed items as decided and explained ones only with an appraisal referring to the response', () => {
    const plain = appraisal({ at: '2026-06-01T00:00:00.000Z' })
    const other = appraisal({ response: link('kept', 'r0') })
    const wrongKind = appraisal({ question: 'CDS_1_1', response: link('kept') })
    const decisions = itemDecisions(response, [plain, other, wrongKind])
    expect(decisions.map(isDecided)).toEqual([false, false, true])
    const kept = appraisal({ response: link('kept') })
    const revised = appraisal({ response: link('revised'), value: 150, at: '2026-05-02T00:00:00.000Z' })
    const points = appraisal({ kind: 'points', question: 'CDS_1_1', value: 8, response: link('revised') })
    const all = itemDecisions(response, [
      revised,
      kept,
      points,
      appraisal({ unit: 'SYT', response: link('kept') }),
    ])
    expect(all.map(isDecided)).toEqual([true, true, true])
    // the latest decision of the item is the one shown
    expect(all[0]?.decision?.response?.decision).toBe('revised')
  })
})

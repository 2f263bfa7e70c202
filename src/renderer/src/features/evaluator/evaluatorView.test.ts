import { describe, expect, it } from 'vitest'
import { evaluatorHash, parseEvaluatorHash, type EvaluatorView } from './evaluatorView'

describe('parseEvaluatorHash', () => {
  it('reads the list, the new-assessment form, an assessment tab and a unit', () => {
    expect(parseEvaluatorHash('#/evaluator')).toEqual({ view: 'list' })
    expect(parseEvaluatorHash('#/evaluator/new')).toEqual({ view: 'new' })
    expect(parseEvaluatorHash('#/evaluator/a/x%7C2026/results')).toEqual({
      view: 'assessment',
      id: 'x|2026',
      tab: 'results',
    })
    expect(parseEvaluatorHash('#/evaluator/a/x/unknown')).toEqual({
      view: 'assessment',
      id: 'x',
      tab: 'units',
    })
    expect(parseEvaluatorHash('#/evaluator/a/x/unit/S%C6%A0')).toEqual({ view: 'unit', id: 'x', unit: 'SƠ' })
  })

  it('gives back every view it writes', () => {
    const views: EvaluatorView[] = [
      { view: 'list' },
      { view: 'new' },
      { view: 'assessment', id: 'dept|2026|a b', tab: 'report' },
      { view: 'unit', id: 'a/b', unit: 'VP-UBND' },
    ]

    for (const view of views) expect(parseEvaluatorHash(evaluatorHash(view))).toEqual(view)
  })

  it('survives a broken escape', () => {
    expect(parseEvaluatorHash('#/evaluator/a/%E0%A4%A/units')).toEqual({
      view: 'assessment',
      id: '%E0%A4%A',
      tab: 'units',
    })
  })
})

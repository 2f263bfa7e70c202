import { describe, expect, it } from 'vitest'
import { checkRelevanceCycles } from './checkRelevanceCycles'
import { aFramework, aQuestion } from './testing/aFramework'

describe('checkRelevanceCycles', () => {
  it('accepts a chain of relevance conditions without a loop', () => {
    const framework = aFramework({
      questions: [
        aQuestion({ code: 'A' }),
        aQuestion({ code: 'B', relevance: 'A > 0' }),
        aQuestion({ code: 'C', relevance: 'B > 0 and A > 0' }),
      ],
    })

    expect(checkRelevanceCycles(framework)).toEqual([])
  })

  it('reports a question asked only when it is itself answered', () => {
    const framework = aFramework({ questions: [aQuestion({ code: 'A', relevance: 'A > 0' })] })

    expect(checkRelevanceCycles(framework)).toEqual([
      { code: 'relevance-cycle', path: 'questions[0].relevance', cycle: ['A'] },
    ])
  })

  it('reports a loop through three questions once, in list order', () => {
    const framework = aFramework({
      questions: [
        aQuestion({ code: 'Free' }),
        aQuestion({ code: 'C', relevance: 'A > 0' }),
        aQuestion({ code: 'A', relevance: 'B > 0' }),
        aQuestion({ code: 'B', relevance: 'C > 0 or Free > 0' }),
      ],
    })

    expect(checkRelevanceCycles(framework)).toEqual([
      { code: 'relevance-cycle', path: 'questions[1].relevance', cycle: ['C', 'A', 'B'] },
    ])
  })

  it('follows table references in relevance conditions', () => {
    const framework = aFramework({
      questions: [
        aQuestion({ code: 'T', type: 'table', relevance: 'X > 0' }),
        aQuestion({ code: 'X', relevance: 'count(T) > 0' }),
      ],
    })

    expect(checkRelevanceCycles(framework)).toEqual([
      { code: 'relevance-cycle', path: 'questions[0].relevance', cycle: ['T', 'X'] },
    ])
  })

  it('reports separate loops separately', () => {
    const framework = aFramework({
      questions: [
        aQuestion({ code: 'A', relevance: 'B > 0' }),
        aQuestion({ code: 'B', relevance: 'A > 0' }),
        aQuestion({ code: 'C', relevance: 'C > 0' }),
      ],
    })

    expect(checkRelevanceCycles(framework).map((issue) => issue.path)).toEqual([
      'questions[0].relevance',
      'questions[2].relevance',
    ])
  })
})

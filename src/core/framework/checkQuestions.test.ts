import { describe, expect, it } from 'vitest'
import { checkQuestions } from './checkQuestions'
import { aColumn, aFramework, aQuestion } from './testing/aFramework'

describe('checkQuestions', () => {
  it('accepts equal minimum and maximum', () => {
    expect(checkQuestions(aFramework({ questions: [aQuestion({ min: 1, max: 1 })] }))).toEqual([])
  })

  it('reports more required rows than allowed', () => {
    const framework = aFramework({ questions: [aQuestion({ type: 'table', minRows: 3, maxRows: 2 })] })

    expect(checkQuestions(framework)).toEqual([
      { code: 'min-above-max', path: 'questions[0].minRows', min: 3, max: 2 },
    ])
  })

  it('reports the problems of a table column', () => {
    const columns = [
      aColumn({ code: 'A', type: 'single-choice', choices: [] }),
      aColumn({ code: 'B', min: 2, max: 1 }),
    ]
    const framework = aFramework({ questions: [aQuestion({ code: 'T', type: 'table', columns })] })

    expect(checkQuestions(framework)).toEqual([
      { code: 'choice-list-empty', path: 'questions[0].columns[0].choices', question: 'T' },
      { code: 'min-above-max', path: 'questions[0].columns[1].min', min: 2, max: 1 },
    ])
  })

  it('reports a multi-choice question without options', () => {
    const framework = aFramework({ questions: [aQuestion({ code: 'M', type: 'multi-choice', choices: [] })] })

    expect(checkQuestions(framework)).toEqual([
      { code: 'choice-list-empty', path: 'questions[0].choices', question: 'M' },
    ])
  })
})

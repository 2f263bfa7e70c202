import { describe, expect, it } from 'vitest'
import type { Question } from '@core/framework/framework'
import type { Answers, AnswerValue } from '@core/responses/answer'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import { loadedBuiltIn } from './testing/loadedBuiltIn'

/** The most favourable answer: every count 100, every yes true, the first (best) choice, all items. */
function bestAnswer(question: Question): AnswerValue | undefined {
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return 100
    case 'yes-no':
      return true
    case 'single-choice':
      return question.choices[0]?.value
    case 'multi-choice':
      return question.choices.map((choice) => choice.value)
    default:
      return undefined
  }
}

/** A unit of a given size: counts grow with `size`, shares differ, yes-no alternate by question. */
function sizedAnswer(question: Question, index: number, size: number): AnswerValue | undefined {
  switch (question.type) {
    case 'integer':
    case 'decimal':
      return size * (10 + ((index * 7) % 13))
    case 'percent':
      return 20 * size
    case 'yes-no':
      return (index + size) % 2 === 0
    case 'single-choice':
      return question.choices[(index + size) % question.choices.length]?.value
    case 'table':
      return Array.from({ length: size }, (_, row) => ({ TenPhanMem: `PM ${row}`, LienThongSBN: 1 }))
    default:
      return undefined
  }
}

function unit(code: string, answers: Answers): UnitAnswers {
  return { code, name: code, group: 'test', answers }
}

describe('the built-in frameworks with the scoring engine', () => {
  it('gives a DTI unit with the best answer to every criterion 1,000 points and the class Tốt', () => {
    const framework = loadedBuiltIn('dti-points')
    const answers = Object.fromEntries(
      framework.questions.map((question) => [question.code, bestAnswer(question)]),
    )
    const best = { ...answers, CoSuCoATTTNghiemTrong: false }

    const result = computeAssessment(framework, [
      unit('best', best),
      unit('incident', { ...best, CoSuCoATTTNghiemTrong: true }),
    ])

    expect(result.components[result.rootCode]?.score).toEqual([1000, 990])
    expect(result.band).toEqual(['tot', 'tot'])
  })

  it.each(['dept-ict-readiness', 'vn-ict-index-province'] as const)(
    'scores three units of %s on the 0–1 scale',
    (id) => {
      const framework = loadedBuiltIn(id)
      const units = [1, 2, 3].map((size) =>
        unit(
          `u${size}`,
          Object.fromEntries(
            framework.questions.map((question, index) => [question.code, sizedAnswer(question, index, size)]),
          ),
        ),
      )

      const result = computeAssessment(framework, units)
      const composite = result.components[result.rootCode]?.score ?? []

      expect(composite).toHaveLength(3)
      expect(composite.every((score) => score !== null && score >= 0 && score <= 1)).toBe(true)
    },
  )
})

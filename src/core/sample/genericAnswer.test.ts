import { describe, expect, it } from 'vitest'
import { aFramework, aQuestion } from '@core/framework/testing/aFramework'
import { validateAnswer } from '@core/responses/validateAnswers'
import { genericAnswer } from './genericAnswer'
import { createSampleContext } from './sampleContext'
import { syntheticUnits } from './syntheticUnits'
import { aSampleUnit } from './testing/aSampleUnit'

const contexts = syntheticUnits(60, ['tinh-thanh']).map((unit) => createSampleContext(3, unit, 2025))

describe('genericAnswer', () => {
  it('gives answers valid for every question type and range', () => {
    for (const question of aFramework().questions) {
      for (const context of contexts)
        expect(validateAnswer(question, genericAnswer(context, question))).toEqual([])
    }
  })

  it('answers a percent between its bounds and an integer as an integer', () => {
    const percent = aQuestion({ code: 'P', type: 'percent', min: 20, max: 80 })
    const values = contexts.map((context) => genericAnswer(context, percent) as number)

    expect(Math.min(...values)).toBeGreaterThanOrEqual(20)
    expect(Math.max(...values)).toBeLessThanOrEqual(80)
    expect(
      contexts.every((context) => Number.isInteger(genericAnswer(context, aQuestion({ code: 'N', min: 0 })))),
    ).toBe(true)
  })

  it('dates answers within the reporting year', () => {
    const dates = contexts.map((context) => genericAnswer(context, aQuestion({ code: 'D', type: 'date' })))

    expect(dates.every((date) => typeof date === 'string' && date.startsWith('2025-'))).toBe(true)
  })

  it('always picks at least one choice of a multi-choice question', () => {
    const question = aFramework().questions.find((candidate) => candidate.type === 'multi-choice')
    if (question === undefined) throw new Error('no multi-choice question')

    expect(
      contexts.every((context) => (genericAnswer(context, question) as readonly string[]).length >= 1),
    ).toBe(true)
  })

  it('attaches no evidence', () => {
    expect(
      genericAnswer(createSampleContext(1, aSampleUnit(), 2025), aQuestion({ code: 'E', type: 'evidence' })),
    ).toBeNull()
  })
})

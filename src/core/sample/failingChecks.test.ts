import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { compileQuestionnaire } from '@core/responses/questionnaire'
import { validFramework } from '@core/responses/testing/validFramework'
import { failingChecks } from './failingChecks'

const questionnaire = compileQuestionnaire(validFramework(aFramework()))

describe('failingChecks', () => {
  it('names a question whose check fails', () => {
    expect(failingChecks(questionnaire, { MayTinh: 10, MayTinhInternet: 12 })).toEqual(
      new Set(['MayTinhInternet']),
    )
  })

  it('passes a check that holds', () => {
    expect(failingChecks(questionnaire, { MayTinh: 10, MayTinhInternet: 10 })).toEqual(new Set())
  })

  it('does not fire a check with a missing input', () => {
    expect(failingChecks(questionnaire, { MayTinhInternet: 12 })).toEqual(new Set())
  })
})

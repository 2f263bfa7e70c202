import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { choiceValues } from './choiceValues'

const department = loadedBuiltIn('dept-ict-readiness')

describe('choiceValues', () => {
  it('lists a choice question’s values in the framework’s order', () => {
    expect(choiceValues(department, 'TanSuatCapNhat')).toEqual(['1', '2', '3', '4'])
  })

  it('gives a single empty value for a question that is missing or has no choices', () => {
    expect(choiceValues(department, 'Nope')).toEqual([''])
    expect(choiceValues(department, 'SoCBCC')).toEqual([''])
  })
})

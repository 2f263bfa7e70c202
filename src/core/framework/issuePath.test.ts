import { describe, expect, it } from 'vitest'
import { childPath, issuePath } from './issuePath'

describe('issuePath', () => {
  it('joins keys with dots and puts indices in brackets', () => {
    expect(issuePath('questions', 3, 'choices', 0, 'value')).toBe('questions[3].choices[0].value')
  })

  it('quotes keys that are not identifiers', () => {
    expect(issuePath('sections', 'a b')).toBe('sections["a b"]')
  })

  it('is empty for the whole framework', () => {
    expect(issuePath()).toBe('')
  })
})

describe('childPath', () => {
  it('appends keys and indices to a path', () => {
    expect(childPath('indicators[2]', 'rule', 'parts', 0)).toBe('indicators[2].rule.parts[0]')
    expect(childPath('bands', 1)).toBe('bands[1]')
    expect(childPath('', 'year')).toBe('year')
  })
})

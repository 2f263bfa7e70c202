import { describe, expect, it } from 'vitest'
import { longestTextLength } from './longestTextLength'

describe('longestTextLength', () => {
  it('counts entities as one character and finds the longest text', () => {
    expect(
      longestTextLength(
        '<si><t>ab</t></si><si><r><t xml:space="preserve">&amp;&lt;&#x1EA1;d</t></r></si><si><t/></si>',
      ),
    ).toBe(4)
  })
})

import { describe, expect, it } from 'vitest'
import { interpolateMessage } from './interpolateMessage'

describe('interpolateMessage', () => {
  it('fills plain and formatted placeholders and leaves unknown ones visible', () => {
    expect(
      interpolateMessage(
        '{{size, number}} bytes, at most {{limit,size}} in {{sheet}}, ratio {{ratio, number(maximumFractionDigits: 1)}}; {{missing}}',
        {
          size: 52_428_801,
          limit: 1024,
          sheet: 'Data',
          ratio: 2.5,
        },
      ),
    ).toBe('52428801 bytes, at most 1024 in Data, ratio 2.5; {{missing}}')
  })

  it('joins arrays with arrows', () => {
    expect(interpolateMessage('{{path}}', { path: ['a', 'b'] })).toBe('a → b')
  })
})

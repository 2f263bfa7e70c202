import { describe, expect, it } from 'vitest'
import { workerFailureCause } from './workerFailureCause'

describe('workerFailureCause', () => {
  it.each([
    'Uncaught RangeError: Array buffer allocation failed',
    'Uncaught RangeError: Invalid string length',
    'RangeError: Invalid typed array length: 4294967296',
    'Out of memory',
  ])('%s is out of memory', (message) => {
    expect(workerFailureCause(message)).toBe('out-of-memory')
  })

  it.each(['Uncaught TypeError: x is not a function', 'worker error', ''])(
    '%s has no known cause',
    (message) => {
      expect(workerFailureCause(message)).toBeUndefined()
    },
  )
})

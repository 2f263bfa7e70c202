import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { assignSheetNames } from './assignSheetNames'
import { checkSheetName } from './xlsx/checkSheetName'

const names = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 45 }),
    fc.constantFrom('History', 'a', 'A', "'x'", 'a/b', 'a (2)'),
  ),
  { maxLength: 12 },
)

test.prop([names])(
  'written names are valid, unique without regard to case, and deterministic',
  (requested) => {
    const assigned = assignSheetNames(requested)
    const written = assigned.map((entry) => entry.written)

    expect(assigned.map((entry) => entry.requested)).toEqual(requested)
    expect(written.filter((name) => checkSheetName(name) !== null || /^history$/i.test(name))).toEqual([])
    expect(new Set(written.map((name) => name.toLowerCase())).size).toBe(written.length)
    expect(assignSheetNames(requested)).toEqual(assigned)
  },
)

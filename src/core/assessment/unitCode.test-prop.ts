import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { latinLookalike, MAX_UNIT_CODE_LENGTH, normaliseUnitCode, unitCodeProblem } from './unitCode'

const CODE_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-'
/** A valid unit code. */
const code = fc
  .array(fc.constantFrom(...CODE_CHARACTERS), { minLength: 1, maxLength: MAX_UNIT_CODE_LENGTH })
  .map((characters) => characters.join(''))
/** Characters that vanish anywhere: zero-width space, non-joiner, joiner, word joiner, BOM, bidi marks. */
const invisible = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
)
/** Characters that vanish at the edges: spaces, non-breaking and ideographic ones included. */
const edgeSpace = fc.constantFrom(' ', '\u00a0', '\u3000', '\t', '\u202f')

/** A code as a spoofer or a careless typist may write it: full-width forms, invisible characters, padded edges. */
function disguise(text: string, fullWidth: readonly boolean[], inserts: readonly string[]): string {
  return [...text]
    .map((character, index) => {
      const shown = fullWidth[index] === true ? toFullWidth(character) : character
      return `${inserts[index] ?? ''}${shown}`
    })
    .join('')
}

function toFullWidth(character: string): string {
  return String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0)
}

test.prop([
  code,
  fc.array(fc.boolean(), { maxLength: MAX_UNIT_CODE_LENGTH }),
  fc.array(fc.oneof(invisible, fc.constant('')), { maxLength: MAX_UNIT_CODE_LENGTH }),
  fc.array(fc.oneof(edgeSpace, invisible), { maxLength: 3 }),
  fc.array(fc.oneof(edgeSpace, invisible), { maxLength: 3 }),
])(
  'a valid code disguised by invisible, edge or full-width characters normalises back to itself',
  (known, fullWidth, inserts, before, after) => {
    const disguised = `${before.join('')}${disguise(known, fullWidth, inserts)}${after.join('')}`
    expect(normaliseUnitCode(disguised)).toBe(known)
    expect(unitCodeProblem(disguised, [known])).toBeNull()
  },
)

/** Latin letters with a Cyrillic twin, and that twin. */
const CYRILLIC_TWINS: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  j: 'ј',
  s: 'ѕ',
}

test.prop([code, fc.constantFrom(...Object.keys(CYRILLIC_TWINS)), fc.nat()])(
  'replacing a Latin letter of a known code by its Cyrillic twin is a look-alike of that code',
  (base, letter, position) => {
    const at = position % base.length
    const known = `${base.slice(0, at)}${letter}${base.slice(at + 1)}`
    const spoofed = `${base.slice(0, at)}${CYRILLIC_TWINS[letter] ?? letter}${base.slice(at + 1)}`
    expect(latinLookalike(spoofed)).toBe(known)
    expect(unitCodeProblem(spoofed, ['OTHER-UNIT', known])).toEqual({
      code: 'unit-code-lookalike',
      found: spoofed,
      known,
    })
  },
)

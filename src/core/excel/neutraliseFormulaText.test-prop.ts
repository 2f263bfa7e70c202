import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { isFormulaLikeText, neutraliseFormulaText, restoreNeutralisedText } from './neutraliseFormulaText'

const trickyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', '\t', '\n', '\r', '\u0000', '＝', '\uFEFF', 'a', '1'),
  }),
)

test.prop([trickyText])('restoreNeutralisedText undoes neutraliseFormulaText', (text) => {
  expect(restoreNeutralisedText(neutraliseFormulaText(text))).toBe(text)
})

test.prop([trickyText])('neutralised text starts with an apostrophe or is not formula-like', (text) => {
  const written = neutraliseFormulaText(text)

  expect(written.startsWith("'") || !isFormulaLikeText(written)).toBe(true)
})

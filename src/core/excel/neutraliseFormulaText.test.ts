import { describe, expect, it } from 'vitest'
import { isFormulaLikeText, neutraliseFormulaText, restoreNeutralisedText } from './neutraliseFormulaText'
import { INJECTION_PAYLOADS } from './testing/injectionPayloads'

describe('isFormulaLikeText', () => {
  it('catches every injection payload', () => {
    expect(INJECTION_PAYLOADS.filter((payload) => !isFormulaLikeText(payload))).toEqual([])
  })

  it('leaves ordinary text alone', () => {
    expect(
      ['Sở TT&TT', '1+1', 'a=b', "'quoted'", '', ' ', 'x-1', '(+)', '#N/A'].filter(isFormulaLikeText),
    ).toEqual([])
  })
})

describe('neutraliseFormulaText', () => {
  it('prefixes formula-like text with one apostrophe', () => {
    expect(neutraliseFormulaText('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`)
    expect(neutraliseFormulaText('  -5')).toBe("'  -5")
  })

  it('adds one more apostrophe to text that starts with apostrophes before a trigger', () => {
    expect(neutraliseFormulaText("'=1")).toBe("''=1")
  })

  it('is undone exactly by restoreNeutralisedText', () => {
    const texts = [...INJECTION_PAYLOADS, "'abc", "''", 'plain', "'", "''x"]

    expect(texts.map((text) => restoreNeutralisedText(neutraliseFormulaText(text)))).toEqual(texts)
  })
})

describe('restoreNeutralisedText', () => {
  it('keeps apostrophes that do not guard a formula', () => {
    expect(["'abc", "'", "' x"].map(restoreNeutralisedText)).toEqual(["'abc", "'", "' x"])
  })
})

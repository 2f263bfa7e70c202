import { describe, expect, it } from 'vitest'
import { finishText, sanitizeText } from './sanitizeText'

describe('sanitizeText', () => {
  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Co\u0302ng nghe\u0323\u0302'

    expect(sanitizeText(decomposed)).toBe('Công nghệ'.normalize('NFC'))
    expect(sanitizeText(decomposed)).toBe(sanitizeText(decomposed).normalize('NFC'))
  })

  it('removes control, byte-order and bidi-override characters but keeps line breaks', () => {
    expect(sanitizeText('a\u0000b\u0007c\u001bd\u007f\u0085e\ufeff\u202ef\nG\tH')).toBe('abcdef\nG\tH')
  })

  it('turns Windows and old Mac line ends into line feeds', () => {
    expect(sanitizeText('một\r\nhai\rba')).toBe('một\nhai\nba')
  })

  it('flattens line breaks in single-line answers', () => {
    expect(sanitizeText('Sở\nNội vụ', { multiline: false })).toBe('Sở Nội vụ')
  })

  it('bounds the length without splitting a character made of two code units', () => {
    expect(sanitizeText('abcdef', { maxLength: 3 })).toBe('abc')
    expect(sanitizeText('ab😀', { maxLength: 3 })).toBe('ab')
  })

  it('bounds unbounded texts at the default maximum', () => {
    expect(sanitizeText('x'.repeat(10_000)).length).toBe(4000)
  })
})

describe('finishText', () => {
  it('trims and reports an empty text as unanswered', () => {
    expect(finishText('  Sở Nội vụ \n')).toBe('Sở Nội vụ')
    expect(finishText(' \u0000 ')).toBeNull()
  })
})

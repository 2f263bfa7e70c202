import { describe, expect, it } from 'vitest'
import { sanitiseCellText } from './sanitiseCellText'

describe('sanitiseCellText', () => {
  it('leaves ordinary text, tabs, line feeds, emoji, combining marks and C1 controls alone', () => {
    const text = 'Sở TT&TT\tCục\nQuản lý 😀 Vie\u0323\u0302t \u0085'

    expect(sanitiseCellText(text)).toEqual({ text, changes: [] })
  })

  it('removes C0 controls and DEL, and says so', () => {
    expect(sanitiseCellText('a\u0000b\u0001c\u000Bd\u001Fe\u007F')).toEqual({
      text: 'abcde',
      changes: ['control-characters-removed'],
    })
  })

  it('removes U+FFFE and U+FFFF, which exceljs writes but cannot read back', () => {
    expect(sanitiseCellText('a\uFFFEb\uFFFF')).toEqual({ text: 'ab', changes: ['noncharacters-removed'] })
  })

  it('replaces lone surrogates and keeps pairs', () => {
    expect(sanitiseCellText('a\uD800b\uDC00c😀')).toEqual({
      text: 'a\uFFFDb\uFFFDc😀',
      changes: ['lone-surrogates-replaced'],
    })
  })

  it('turns CRLF and CR into LF', () => {
    expect(sanitiseCellText('a\r\nb\rc')).toEqual({ text: 'a\nb\nc', changes: ['line-breaks-normalised'] })
  })
})

import { describe, expect, it } from 'vitest'
import { dateEntryText, maskDateEntry, parseDateEntry, shiftIsoDay } from './dateEntry'

describe('parseDateEntry', () => {
  it('reads dd/MM/yyyy, with or without leading zeros, into an ISO day', () => {
    expect(parseDateEntry('05/03/2025')).toEqual({ kind: 'date', iso: '2025-03-05' })
    expect(parseDateEntry(' 5/3/2025 ')).toEqual({ kind: 'date', iso: '2025-03-05' })
  })

  it('accepts dots, dashes, eight digits in a row and a pasted ISO day', () => {
    expect(parseDateEntry('05.03.2025')).toEqual({ kind: 'date', iso: '2025-03-05' })
    expect(parseDateEntry('05-03-2025')).toEqual({ kind: 'date', iso: '2025-03-05' })
    expect(parseDateEntry('05032025')).toEqual({ kind: 'date', iso: '2025-03-05' })
    expect(parseDateEntry('2025-03-05')).toEqual({ kind: 'date', iso: '2025-03-05' })
  })

  it('never reads the month first (03/05/2025 is the 3rd of May)', () => {
    expect(parseDateEntry('03/05/2025')).toEqual({ kind: 'date', iso: '2025-05-03' })
  })

  it('is empty for blank text', () => {
    expect(parseDateEntry('   ')).toEqual({ kind: 'empty' })
  })

  it('says why a text is not a day', () => {
    expect(parseDateEntry('05/03')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseDateEntry('05/03/25')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseDateEntry('ngày 5')).toEqual({ kind: 'invalid', reason: 'format' })
    expect(parseDateEntry('05/13/2025')).toEqual({ kind: 'invalid', reason: 'month' })
    expect(parseDateEntry('31/04/2025')).toEqual({ kind: 'invalid', reason: 'day' })
    expect(parseDateEntry('00/04/2025')).toEqual({ kind: 'invalid', reason: 'day' })
    expect(parseDateEntry('01/01/1899')).toEqual({ kind: 'invalid', reason: 'range' })
    expect(parseDateEntry('01/01/2101')).toEqual({ kind: 'invalid', reason: 'range' })
  })

  it('knows leap years', () => {
    expect(parseDateEntry('29/02/2024')).toEqual({ kind: 'date', iso: '2024-02-29' })
    expect(parseDateEntry('29/02/2025')).toEqual({ kind: 'invalid', reason: 'day' })
    expect(parseDateEntry('29/02/1900')).toEqual({ kind: 'invalid', reason: 'day' })
    expect(parseDateEntry('29/02/2000')).toEqual({ kind: 'date', iso: '2000-02-29' })
  })
})

describe('dateEntryText', () => {
  it('shows a stored day as dd/MM/yyyy and round-trips through the parser', () => {
    expect(dateEntryText('2025-11-03')).toBe('03/11/2025')
    expect(parseDateEntry(dateEntryText('2025-11-03'))).toEqual({ kind: 'date', iso: '2025-11-03' })
    expect(dateEntryText(null)).toBe('')
  })
})

describe('maskDateEntry', () => {
  it('adds the slash after the day and the month while typing forward', () => {
    expect(maskDateEntry('0', '05')).toBe('05/')
    expect(maskDateEntry('05/0', '05/03')).toBe('05/03/')
    expect(maskDateEntry('5/0', '5/03')).toBe('5/03/')
    expect(maskDateEntry('05/03/202', '05/03/2025')).toBe('05/03/2025')
  })

  it('never puts a deleted slash back', () => {
    expect(maskDateEntry('05/', '05')).toBe('05')
  })
})

describe('shiftIsoDay', () => {
  it('moves across month and year ends and stays within the years allowed', () => {
    expect(shiftIsoDay('2025-02-28', 1)).toBe('2025-03-01')
    expect(shiftIsoDay('2025-01-01', -1)).toBe('2024-12-31')
    expect(shiftIsoDay('1900-01-01', -1)).toBe('1900-01-01')
  })
})

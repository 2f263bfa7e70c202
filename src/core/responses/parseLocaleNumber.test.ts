import { describe, expect, it } from 'vitest'
import { err, ok } from '@core/result'
import { parseLocaleNumber } from './parseLocaleNumber'

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['0,5', 0.5],
    ['1.234.567,25', 1234567.25],
    ['1234', 1234],
    ['1.234', 1234],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['-12,5', -12.5],
    ['−3', -3],
    ['+7', 7],
    ['45%', 45],
    [',5', 0.5],
    ['  42  ', 42],
  ])('reads the Vietnamese entry %s as %d', (text, value) => {
    expect(parseLocaleNumber(text, 'vi')).toEqual(ok(value))
  })

  it.each([
    ['0.5', 0.5],
    ['12.75', 12.75],
    ['0.125', 0.125],
    ['1,234,567', 1234567],
  ])('forgives the English convention in Vietnamese when unambiguous: %s', (text, value) => {
    expect(parseLocaleNumber(text, 'vi')).toEqual(ok(value))
  })

  it.each([
    ['1,234.5', 1234.5],
    ['0.5', 0.5],
    ['1,234', 1234],
    ['0,5', 0.5],
    ['1 234.5', 1234.5],
  ])('reads the English entry %s as %d', (text, value) => {
    expect(parseLocaleNumber(text, 'en')).toEqual(ok(value))
  })

  it.each([
    'abc',
    '12abc',
    '1,2,3,4',
    '1.23,5',
    '1,5,5',
    '1e5',
    '--1',
    '5,',
    'Infinity',
    '0x10',
    '1.2.3',
    '.',
    '%',
  ])('refuses the garbage entry %s', (text) => {
    expect(parseLocaleNumber(text, 'vi')).toEqual(err({ code: 'not-a-number' }))
  })

  it('says an empty entry is empty, not wrong', () => {
    expect(parseLocaleNumber('   ', 'vi')).toEqual(err({ code: 'empty' }))
  })

  it('refuses an entry longer than any real figure before reading it', () => {
    expect(parseLocaleNumber('1'.repeat(41), 'vi')).toEqual(err({ code: 'too-long', maxLength: 40 }))
  })

  it('never returns negative zero', () => {
    const parsed = parseLocaleNumber('-0', 'vi')

    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true)
  })
})

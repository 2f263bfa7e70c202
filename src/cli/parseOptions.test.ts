import { describe, expect, it } from 'vitest'
import { parseOptions, scanOptions, type OptionSpec } from './parseOptions'

const SPEC: OptionSpec = { '--out': 'value', '--seed': 'value', '--json': 'flag', '--help': 'flag' }

describe('parseOptions', () => {
  it('reads values, --name=value, flags and positionals', () => {
    const parsed = parseOptions(['a.xlsx', '--out', 'x.csv', '--seed=7', '--json', 'b.xlsx'], SPEC)

    expect(parsed).toEqual({
      ok: true,
      value: {
        positional: ['a.xlsx', 'b.xlsx'],
        values: { '--out': 'x.csv', '--seed': '7' },
        flags: new Set(['--json']),
      },
    })
  })

  it('keeps the last value of a repeated option, as before', () => {
    const parsed = parseOptions(['--out', 'a.csv', '--out', 'b.csv'], SPEC)

    expect(parsed.ok && parsed.value.values['--out']).toBe('b.csv')
  })

  it('treats everything after -- as positional, even --help', () => {
    const parsed = parseOptions(['--json', '--', '--help', '--out', '-h'], SPEC)

    expect(parsed.ok && parsed.value.positional).toEqual(['--help', '--out', '-h'])
    expect(parsed.ok && [...parsed.value.flags]).toEqual(['--json'])
  })

  it('reads -h as --help', () => {
    const parsed = parseOptions(['-h'], SPEC)

    expect(parsed.ok && parsed.value.flags.has('--help')).toBe(true)
  })

  it('refuses an unknown option, long or short', () => {
    expect(parseOptions(['--frobnicate'], SPEC)).toEqual({
      ok: false,
      error: { key: 'unknownOption', option: '--frobnicate' },
    })
    expect(parseOptions(['x', '-q'], SPEC)).toEqual({
      ok: false,
      error: { key: 'unknownOption', option: '-q' },
    })
  })

  it('refuses a value option at the end, or followed by a word starting with --', () => {
    expect(parseOptions(['--out'], SPEC)).toEqual({
      ok: false,
      error: { key: 'missingValue', option: '--out' },
    })
    expect(parseOptions(['--out', '--help'], SPEC)).toEqual({
      ok: false,
      error: { key: 'missingValue', option: '--out' },
    })
  })

  it('takes --out=--help, and a value with one dash, as the value', () => {
    const inline = parseOptions(['--out=--help'], SPEC)
    const dashed = parseOptions(['--seed', '-1', '--out', '-'], SPEC)

    expect(inline.ok && inline.value).toEqual({
      positional: [],
      values: { '--out': '--help' },
      flags: new Set(),
    })
    expect(dashed.ok && dashed.value.values).toEqual({ '--seed': '-1', '--out': '-' })
  })

  it('refuses a value given to a flag', () => {
    expect(parseOptions(['--json=yes'], SPEC)).toEqual({
      ok: false,
      error: { key: 'unknownOption', option: '--json=yes' },
    })
  })

  it('refuses positionals when the command takes none, naming the first', () => {
    expect(parseOptions(['--json', 'extra', 'more'], SPEC, { positionals: false })).toEqual({
      ok: false,
      error: { key: 'extraArgument', argument: 'extra' },
    })
  })

  it('reports the first problem in order', () => {
    expect(parseOptions(['stray', '--bogus', '--out'], SPEC, { positionals: false })).toEqual({
      ok: false,
      error: { key: 'extraArgument', argument: 'stray' },
    })
    expect(parseOptions(['--out', '--bogus'], SPEC)).toEqual({
      ok: false,
      error: { key: 'missingValue', option: '--out' },
    })
  })
})

describe('scanOptions', () => {
  it('sees --help only where it stands as an option', () => {
    expect(scanOptions(['--bogus', '--help'], SPEC).flags.has('--help')).toBe(true)
    expect(scanOptions(['--out', '--help'], SPEC).flags.has('--help')).toBe(false)
    expect(scanOptions(['--', '--help'], SPEC).flags.has('--help')).toBe(false)
  })
})

import { err, ok, type Result } from '@core/result'

export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>

export type ParsedOptions = {
  readonly positional: readonly string[]
  readonly values: Readonly<Record<string, string>>
  readonly flags: ReadonlySet<string>
}

export type OptionError =
  | { readonly key: 'unknownOption'; readonly option: string }
  | { readonly key: 'missingValue'; readonly option: string }

/**
 * Splits a command's arguments into positional ones, `--name value` options and `--flag`s,
 * refusing unknown options and options without a value.
 *
 * @example
 *   parseOptions(['x.json', '--out', 'y.xlsx'], { '--out': 'value' }) // => ok({ positional: ['x.json'], values: { '--out': 'y.xlsx' }, flags: new Set() })
 */
export function parseOptions(args: readonly string[], spec: OptionSpec): Result<ParsedOptions, OptionError> {
  const positional: string[] = []
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] as string
    if (!argument.startsWith('--') || argument === '--') {
      positional.push(argument)
      continue
    }
    const [name, inline] = argument.includes('=')
      ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
      : [argument, undefined]
    const kind = spec[name]
    if (kind === undefined) return err({ key: 'unknownOption', option: name })
    if (kind === 'flag') {
      flags.add(name)
      continue
    }
    const value = inline ?? args[index + 1]
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return err({ key: 'missingValue', option: name })
    values[name] = value
    if (inline === undefined) index += 1
  }
  return ok({ positional, values, flags })
}

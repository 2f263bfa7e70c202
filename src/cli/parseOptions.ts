import { parseArgs } from 'node:util'
import { err, ok, type Result } from '@core/result'

/** A command's options by long name (`--out`): `value` takes an argument, `flag` takes none. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>

export type ParsedOptions = {
  readonly positional: readonly string[]
  /** The last value given for each `value` option, keyed by its long name (`--out`). */
  readonly values: Readonly<Record<string, string>>
  readonly flags: ReadonlySet<string>
}

/** Why the arguments were refused; `key` is the CLI message that says so (exit code 2). */
export type OptionError =
  | { readonly key: 'unknownOption'; readonly option: string }
  | { readonly key: 'missingValue'; readonly option: string }
  | { readonly key: 'extraArgument'; readonly argument: string }

export type ParseOptionsSettings = {
  /** Whether the command takes positional arguments; when not, the first one is an `extraArgument`. */
  readonly positionals?: boolean
}

/** The one short alias the CLI has: `-h` for `--help`. */
const SHORT_ALIASES: Readonly<Record<string, string>> = { '--help': 'h' }

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>
/** `parseArgs` tokens, as Node documents them. */
type Token =
  | {
      readonly kind: 'option'
      readonly name: string
      readonly rawName: string
      readonly index: number
      readonly value: string | undefined
      readonly inlineValue: boolean | undefined
    }
  | { readonly kind: 'positional'; readonly index: number; readonly value: string }
  | { readonly kind: 'option-terminator'; readonly index: number }

/**
 * Splits a command's arguments with `node:util` `parseArgs` in strict mode: `--name value`,
 * `--name=value`, `--flag`, positionals, and `--`, after which everything is positional. A value
 * option followed by a word starting with two dashes (`--out --help`) has no value: write
 * `--out=--help` to mean it; one dash is a value (`--seed -1`). A repeated option keeps its last value. Errors are values, never throws.
 *
 * @example
 *   parseOptions(['x.json', '--out', 'y.xlsx'], { '--out': 'value' }) // => ok({ positional: ['x.json'], values: { '--out': 'y.xlsx' }, flags: new Set() })
 *   parseOptions(['--out', '--help'], { '--out': 'value' }) // => err({ key: 'missingValue', option: '--out' })
 */
export function parseOptions(
  args: readonly string[],
  spec: OptionSpec,
  settings: ParseOptionsSettings = {},
): Result<ParsedOptions, OptionError> {
  const allowPositionals = settings.positionals ?? true
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }
  try {
    parsed = parseArgs({
      args: attachDashValues(args, spec),
      options: toParseArgsOptions(spec),
      strict: true,
      allowPositionals,
    })
  } catch (error) {
    return err(describeParseError(error, args, spec, allowPositionals))
  }
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') values[`--${name}`] = value
    else if (value === true) flags.add(`--${name}`)
  }
  return ok({ positional: parsed.positionals, values, flags })
}

/**
 * The options as written, without judging them (`parseArgs` without strict mode): what the
 * command line says even when it is wrong, so `--lang` and `--help` can be honoured before an
 * error is reported. Only real option positions count: not a value of another option, not after `--`.
 *
 * @example
 *   scanOptions(['--bogus', '--help'], { '--help': 'flag' }).flags.has('--help') // => true
 */
export function scanOptions(args: readonly string[], spec: OptionSpec): ParsedOptions & { tokens: Token[] } {
  const { tokens } = parseArgs({
    args: [...args],
    options: toParseArgsOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  }) as { tokens: Token[] }
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  const positional: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value)
    if (token.kind !== 'option') continue
    const kind = spec[`--${token.name}`]
    if (kind === 'value' && token.value !== undefined) values[`--${token.name}`] = token.value
    if (kind === 'flag' && token.value === undefined) flags.add(`--${token.name}`)
  }
  return { positional, values, flags, tokens }
}

function toParseArgsOptions(spec: OptionSpec): ParseArgsOptions {
  const options: ParseArgsOptions = {}
  for (const [longName, kind] of Object.entries(spec)) {
    const short = SHORT_ALIASES[longName]
    options[longName.replace(/^--/, '')] = {
      type: kind === 'value' ? 'string' : 'boolean',
      ...(short === undefined ? {} : { short }),
    }
  }
  return options
}

const startsWithTwoDashes = (value: string) => value.startsWith('--')

/**
 * `--seed -1`: a value that starts with one dash is the option's value, as it always was here
 * (strict `parseArgs` would call it ambiguous), so it is handed over as `--seed=-1`. A value that
 * starts with two dashes is not: `--out --help` stays a missing value.
 */
function attachDashValues(args: readonly string[], spec: OptionSpec): string[] {
  const attached = [...args]
  const { tokens } = scanOptions(args, spec)
  for (const token of [...tokens].reverse()) {
    if (token.kind !== 'option' || token.inlineValue !== false || token.value === undefined) continue
    if (spec[`--${token.name}`] !== 'value' || startsWithTwoDashes(token.value) || token.value === '-')
      continue
    attached.splice(token.index, 2, `${token.rawName}=${token.value}`)
  }
  return attached
}

/**
 * Maps a `parseArgs` error to the CLI's message. Node's error text is English and not stable, so
 * the error code says which kind of problem it is and a non-strict pass over the same arguments
 * (which tokenises them exactly as strict mode did) finds the argument at fault.
 */
function describeParseError(
  error: unknown,
  args: readonly string[],
  spec: OptionSpec,
  allowPositionals: boolean,
): OptionError {
  const code = (error as { code?: unknown } | null)?.code
  const { tokens } = scanOptions(args, spec)
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals && code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
        return { key: 'extraArgument', argument: token.value }
      continue
    }
    if (token.kind !== 'option') continue
    const kind = spec[`--${token.name}`]
    if (kind === undefined) {
      if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'unknownOption', option: token.rawName }
      continue
    }
    if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') continue
    // A value option at the end, or followed by a word starting with "--" ("--out --help"): no value.
    if (
      kind === 'value' &&
      (token.value === undefined || (!token.inlineValue && startsWithTwoDashes(token.value)))
    )
      return { key: 'missingValue', option: `--${token.name}` }
    // A flag given a value ("--json=yes"): not an option the command knows.
    if (kind === 'flag' && token.value !== undefined)
      return { key: 'unknownOption', option: `${token.rawName}=${token.value}` }
  }
  // Not reached for the errors above; anything else is shown as the whole argument list, never a stack.
  return { key: 'unknownOption', option: args.join(' ') }
}

import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import {
  runSensitivity,
  type SensitivityProblem,
  type SensitivityResult,
} from '@core/assessment/sensitivity/runSensitivity'
import {
  SENSITIVITY_KINDS,
  type SensitivityAssumption,
  type SensitivityAssumptionKind,
} from '@core/assessment/sensitivity/sensitivityAssumption'
import type { Aggregation, Imputation, Normalisation, Treatment } from '@core/framework/method'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import {
  parseAggregateFlag,
  parseImputeFlag,
  parseTreatFlag,
  parseNormaliseFlag,
  parseScoringFlags,
  type FlagProblem,
} from '../parseScoringFlags'
import { writeTableWorkbook } from '../writeTableWorkbook'
import { readScoringInput } from '../readScoringInput'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--data': 'value',
  '--out': 'value',
  '--normalise': 'value',
  '--aggregate': 'value',
  '--impute': 'value',
  '--weights': 'value',
  '--denominate': 'flag',
  '--n': 'value',
  '--seed': 'value',
  '--bootstrap': 'value',
  '--assumptions': 'value',
  '--weight-spread': 'value',
  '--normalisations': 'value',
  '--aggregations': 'value',
  '--imputations': 'value',
  '--treatments': 'value',
}

/** Defaults: N, seed, bootstrap draws, spread in percent and the alternatives of each choice. */
export const SENSITIVITY_DEFAULTS = {
  n: '100',
  seed: '1',
  bootstrap: '100',
  spread: '25',
  normalisations: 'minmax:0,1,rank,prank',
  aggregations: 'amean,gmean',
  imputations: 'none,mean,median',
  treatments: 'none,coinr',
  /** The four of COINr's vignette; outlier treatment joins when asked for (`--assumptions …,treatment`). */
  assumptions: 'weights,normalisation,aggregation,imputation',
} as const

/**
 * `ictwb sensitivity`: variance-based sensitivity analysis of the ranking (first-order and total
 * Sobol indices of the chosen assumptions on the mean absolute rank shift, bootstrap intervals),
 * written as JSON or a one-sheet workbook. Deterministic for `--seed`.
 */
export const sensitivityCommand: CliCommand = { options: SPEC, positionals: false, run: sensitivity }

async function sensitivity(options: ParsedOptions, context: CliContext): Promise<number> {
  const fail = (line: string, code: 1 | 2 = 2) => {
    context.io.error(line)
    return code
  }
  const { values } = options
  for (const option of ['--framework', '--data', '--out'] as const)
    if (values[option] === undefined) return fail(context.say('missingOption', { option }))
  const out = values['--out'] as string
  if (!['.xlsx', '.json'].includes(extname(out).toLowerCase()))
    return fail(context.say('unsupportedExtension', { file: out, expected: '.json, .xlsx' }))
  const settings = parseSensitivityFlags(values)
  const methods = parseScoringFlags(values)
  const problems = [...(methods.ok ? [] : methods.error), ...(settings.ok ? [] : settings.error)]
  if (problems.length > 0 || !methods.ok || !settings.ok)
    return fail(problems.map((problem) => context.say('badOptionValue', problem)).join('\n'))
  const input = await readScoringInput(options, context, methods.value)
  if (!input.ok) return fail(input.error)
  const { framework, units, overrides } = input.value
  const result = runSensitivity(framework, units, { ...settings.value, base: overrides })
  if (!result.ok)
    return fail(result.error.map((problem) => describeProblem(problem, framework, context)).join('\n'))
  try {
    await writeFile(out, await encode(out, result.value, settings.value.assumptions, context))
  } catch (error) {
    return fail(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
  }
  context.io.out(
    context.say('sensitivityRan', {
      runs: result.value.runs,
      n: result.value.n,
      count: settings.value.assumptions.length,
    }),
  )
  context.io.out(context.say('written', { file: out }))
  return 0
}

type SensitivitySettings = {
  readonly n: number
  readonly seed: number
  readonly bootstrap: number
  readonly assumptions: readonly SensitivityAssumption[]
}

/**
 * Reads `--n`, `--seed`, `--bootstrap`, `--assumptions weights,normalisation,aggregation,imputation`
 * (default: all four), `--weight-spread P` (percent) and the alternatives of each choice
 * (`--normalisations minmax:0,1,rank,prank`: the flags of `--normalise`, `--aggregate` and
 * `--impute`, separated by commas; a number after a comma belongs to the alternative before it).
 *
 * @example
 *   parseSensitivityFlags({ '--assumptions': 'weights,aggregation', '--n': '200' })
 */
export function parseSensitivityFlags(
  values: Readonly<Record<string, string>>,
): Result<SensitivitySettings, readonly FlagProblem[]> {
  const problems: FlagProblem[] = []
  const whole = (option: string, fallback: string, expected: string, min: number) => {
    const text = values[option] ?? fallback
    const value = Number(text)
    if (/^\d+$/.test(text) && value >= min) return value
    problems.push({ option, value: text, expected })
    return 0
  }
  const n = whole('--n', SENSITIVITY_DEFAULTS.n, 'a whole number ≥ 10', 1)
  const seed = whole('--seed', SENSITIVITY_DEFAULTS.seed, 'a whole number ≥ 0', 0)
  const bootstrap = whole('--bootstrap', SENSITIVITY_DEFAULTS.bootstrap, 'a whole number ≥ 0', 0)
  const kindsText = values['--assumptions'] ?? SENSITIVITY_DEFAULTS.assumptions
  const kinds = kindsText.split(',').map((kind) => kind.trim())
  const unknown = kinds.filter((kind) => !(SENSITIVITY_KINDS as readonly string[]).includes(kind))
  if (unknown.length > 0 || kinds.length === 0)
    problems.push({ option: '--assumptions', value: kindsText, expected: SENSITIVITY_KINDS.join(', ') })
  const assumptions: SensitivityAssumption[] = []
  for (const kind of kinds as SensitivityAssumptionKind[]) {
    switch (kind) {
      case 'weights': {
        const text = values['--weight-spread'] ?? SENSITIVITY_DEFAULTS.spread
        const spread = Number(text)
        if (text.trim() === '' || !(spread > 0 && spread <= 100))
          problems.push({ option: '--weight-spread', value: text, expected: 'a percentage in (0, 100]' })
        assumptions.push({ kind, spread: spread / 100 })
        break
      }
      case 'normalisation':
        assumptions.push({
          kind,
          alternatives: list<Normalisation>('--normalisations', values, problems, parseNormaliseFlag),
        })
        break
      case 'aggregation':
        assumptions.push({
          kind,
          alternatives: list<Aggregation>('--aggregations', values, problems, parseAggregateFlag),
        })
        break
      case 'imputation':
        assumptions.push({
          kind,
          alternatives: list<Imputation>('--imputations', values, problems, parseImputeFlag),
        })
        break
      case 'treatment':
        assumptions.push({
          kind,
          alternatives: list<Treatment>('--treatments', values, problems, parseTreatFlag),
        })
        break
    }
  }
  return problems.length > 0 ? err(problems) : ok({ n, seed, bootstrap, assumptions })
}

const LIST_DEFAULTS = {
  '--normalisations': SENSITIVITY_DEFAULTS.normalisations,
  '--aggregations': SENSITIVITY_DEFAULTS.aggregations,
  '--imputations': SENSITIVITY_DEFAULTS.imputations,
  '--treatments': SENSITIVITY_DEFAULTS.treatments,
} as const

function list<T>(
  option: keyof typeof LIST_DEFAULTS,
  values: Readonly<Record<string, string>>,
  problems: FlagProblem[],
  parse: (value: string) => Result<T, FlagProblem>,
): T[] {
  const text = values[option] ?? LIST_DEFAULTS[option]
  const items: string[] = []
  for (const part of text.split(',').map((item) => item.trim())) {
    const previous = items.at(-1)
    if (previous !== undefined && /^-?\d+(\.\d+)?$/.test(part))
      items[items.length - 1] = `${previous},${part}`
    else items.push(part)
  }
  const parsed: T[] = []
  for (const item of items) {
    const one = parse(item)
    if (one.ok) parsed.push(one.value)
    else problems.push({ ...one.error, option })
  }
  return parsed
}

function describeProblem(
  problem: SensitivityProblem,
  framework: ValidFramework,
  context: CliContext,
): string {
  const kind = 'kind' in problem ? context.say(`sensitivityKind_${problem.kind}`) : ''
  switch (problem.code) {
    case 'too-few-assumptions':
      return context.say('sensitivityTooFewAssumptions')
    case 'duplicate-assumption':
      return context.say('sensitivityDuplicate', { kind })
    case 'too-few-alternatives':
      return context.say('sensitivityTooFewAlternatives', { kind })
    case 'bad-spread':
      return context.say('badOptionValue', {
        option: '--weight-spread',
        value: '',
        expected: 'a percentage in (0, 100]',
      })
    case 'method-needs-relative':
      return context.say('sensitivityNeedsRelative', { kind, framework: framework.id })
    case 'bad-n':
      return context.say('sensitivityBadN')
    case 'bad-bootstrap':
      return context.say('sensitivityBadBootstrap')
    case 'too-few-units':
      return context.say('sensitivityTooFewUnits')
  }
}

async function encode(
  path: string,
  result: SensitivityResult,
  assumptions: readonly SensitivityAssumption[],
  context: CliContext,
): Promise<string | Uint8Array> {
  if (extname(path).toLowerCase() === '.json')
    return `${JSON.stringify({ ...result, assumptions }, null, 2)}\n`
  const table: (string | number | null)[][] = [
    [
      context.say('sensitivityColumnAssumption'),
      context.say('sensitivityColumnFirst'),
      context.say('sensitivityColumnFirstLow'),
      context.say('sensitivityColumnFirstHigh'),
      context.say('sensitivityColumnTotal'),
      context.say('sensitivityColumnTotalLow'),
      context.say('sensitivityColumnTotalHigh'),
    ],
    ...result.indices.map((index) => [
      context.say(`sensitivityKind_${index.kind}`),
      index.first,
      index.firstLow,
      index.firstHigh,
      index.total,
      index.totalLow,
      index.totalHigh,
    ]),
    [],
    [context.say('sensitivityColumnN'), result.n],
    [context.say('sensitivityColumnRuns'), result.runs],
    [context.say('sensitivityColumnSeed'), result.seed],
    [context.say('sensitivityColumnBootstrap'), result.bootstrap],
    [context.say('sensitivityColumnMeanShift'), result.meanShift],
  ]
  return writeTableWorkbook(context.say('sensitivitySheet'), table)
}

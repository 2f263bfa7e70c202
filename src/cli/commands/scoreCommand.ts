import { readFile, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { importIDataColumns } from '@core/formats/coinr/importIDataColumns'
import { readCellNumber } from '@core/excel/cellNumber'
import { cellText } from '@core/formats/coinr/tableGrid'
import { csvStyleOptions, type CsvStyle } from '@core/excel/csv/csvStyleOptions'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { computeAssessmentColumns } from '@core/scoring/computeAssessment'
import { resultTable } from '@core/scoring/resultTable'
import type { ScoringOverrides } from '@core/scoring/scoringOptions'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import { CSV_MACHINE_FLAG, csvStyleFlag } from '../csvStyleFlag'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { parseDecimalsFlag, parseScoringFlags } from '../parseScoringFlags'
import { readTableFile } from '../readTableFile'
import { writeTableWorkbook } from '../writeTableWorkbook'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--data': 'value',
  '--out': 'value',
  '--normalise': 'value',
  '--aggregate': 'value',
  '--impute': 'value',
  '--treat': 'value',
  '--weights': 'value',
  '--decimals': 'value',
  '--denominate': 'flag',
  [CSV_MACHINE_FLAG]: 'flag',
}

/**
 * `ictwb score`: scores a data table with a framework and writes one row per unit. A `.csv` output is
 * for Vietnamese Excel (`;`, decimal comma) unless `--csv-machine` asks for `,` and `.`.
 */
export const scoreCommand: CliCommand = { options: SPEC, positionals: false, run: score }

async function score(options: ParsedOptions, context: CliContext): Promise<number> {
  const fail = (line: string, code: 1 | 2 = 2) => {
    context.io.error(line)
    return code
  }
  const { values, flags } = options
  for (const option of ['--framework', '--data', '--out'] as const)
    if (values[option] === undefined) return fail(context.say('missingOption', { option }))
  const out = values['--out'] as string
  if (!['.csv', '.xlsx', '.json'].includes(extname(out).toLowerCase()))
    return fail(context.say('unsupportedExtension', { file: out, expected: '.csv, .xlsx, .json' }))
  const methods = parseScoringFlags(values)
  if (!methods.ok)
    return fail(methods.error.map((problem) => context.say('badOptionValue', problem)).join('\n'))
  const decimals = values['--decimals'] === undefined ? undefined : parseDecimalsFlag(values['--decimals'])
  if (decimals !== undefined && !decimals.ok) return fail(context.say('badOptionValue', decimals.error))
  const framework = await loadFrameworkArgument(values['--framework'] as string, context, {
    denominate: flags.has('--denominate'),
  })
  if (!framework.ok) return fail(framework.error.lines.join('\n'), 2)
  const weights =
    values['--weights'] === undefined
      ? ok({})
      : await readWeights(values['--weights'], framework.value, context)
  if (!weights.ok) return fail(weights.error)
  const data = await readDataTable(values['--data'] as string, context)
  if (!data.ok) return fail(data.error)
  // The table's numbers stay columns (decision 0026): no answer object per unit.
  const units = importIDataColumns(data.value, framework.value)
  if (!units.ok) return fail(units.error.map((issue) => context.describeIssue(issue)).join('\n'))
  const overrides: ScoringOverrides = { ...methods.value, weights: weights.value }
  const result = computeAssessmentColumns(framework.value, units.value, { overrides })
  const table = resultTable(result, decimals?.ok ? decimals.value : undefined)
  try {
    await writeFile(out, await encodeOutput(out, table, result, csvStyleFlag(flags)))
  } catch (error) {
    return fail(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
  }
  context.io.out(context.say('scored', { count: result.units.length }))
  context.io.out(context.say('written', { file: out }))
  return 0
}

const ok = <T>(value: T) => ({ ok: true as const, value })

/** Reads the `--data` table (CSV or xlsx) into cells (also used by `ictwb audit` and `ictwb sensitivity`); a translated line when it cannot. */
export async function readDataTable(path: string, context: CliContext) {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    return {
      ok: false as const,
      error: context.say('unreadableFile', { file: path, reason: (error as Error).message }),
    }
  }
  return readTableFile(bytes, path, context)
}

/** Reads `--weights` (columns iCode, Weight) against the framework's codes (also used by `ictwb audit` and `ictwb sensitivity`). */
export async function readWeights(path: string, framework: ValidFramework, context: CliContext) {
  const table = await readDataTable(path, context)
  if (!table.ok) return table
  const [header = [], ...rows] = table.value
  const codeColumn = header.findIndex((cell) => cellText(cell).toLowerCase() === 'icode')
  const weightColumn = header.findIndex((cell) => cellText(cell).toLowerCase() === 'weight')
  if (codeColumn < 0 || weightColumn < 0)
    return { ok: false as const, error: context.say('missingOption', { option: `${path}: iCode, Weight` }) }
  const known = new Set([
    ...framework.indicators.map((indicator) => indicator.code),
    ...framework.components.map((component) => component.code),
  ])
  const weights: Record<string, number> = {}
  for (const row of rows) {
    const code = cellText(row[codeColumn])
    if (code === '') continue
    if (!known.has(code)) return { ok: false as const, error: context.say('unknownWeightCode', { code }) }
    const weight = readCellNumber(row[weightColumn])
    if (weight === 'invalid' || weight === null || weight < 0)
      return {
        ok: false as const,
        error: context.say('badOptionValue', {
          option: '--weights',
          value: cellText(row[weightColumn]),
          expected: 'a weight ≥ 0',
        }),
      }
    weights[code] = weight
  }
  return ok(weights)
}

async function encodeOutput(
  path: string,
  table: (string | number | null)[][],
  result: unknown,
  style: CsvStyle,
): Promise<string | Uint8Array> {
  const extension = extname(path).toLowerCase()
  if (extension === '.json') return `${JSON.stringify(result, null, 2)}\n`
  if (extension === '.csv') return writeCsv(table, csvStyleOptions(style))
  return writeTableWorkbook('Results', table)
}

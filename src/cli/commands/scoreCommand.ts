import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { csvStyleOptions, type CsvStyle } from '@core/excel/csv/csvStyleOptions'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { resultTable } from '@core/scoring/resultTable'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { CSV_MACHINE_FLAG, csvStyleFlag } from '../csvStyleFlag'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { parseDecimalsFlag, parseScoringFlags } from '../parseScoringFlags'
import { readScoringInput } from '../readScoringInput'
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
  const input = await readScoringInput(options, context, methods.value)
  if (!input.ok) return fail(input.error)
  const { framework, units, overrides } = input.value
  const result = computeAssessment(framework, units, { overrides })
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

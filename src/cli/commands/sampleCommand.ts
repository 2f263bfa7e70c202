import { mkdir, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import {
  builtInFrameworkIds,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
} from '@core/builtins/builtInFrameworks'
import { csvStyleOptions, type CsvStyle } from '@core/excel/csv/csvStyleOptions'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import { defaultSampleUnits } from '@core/sample/defaultSampleUnits'
import { DEFAULT_SAMPLE_SEED, generateSample, type Sample } from '@core/sample/generateSample'
import { sampleDataTable } from '@core/sample/sampleDataTable'
import { sampleSubmissionFile, sampleSubmissionFileName } from '@core/sample/sampleSubmissionFile'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { CSV_MACHINE_FLAG, csvStyleFlag } from '../csvStyleFlag'
import type { OptionSpec, ParsedOptions } from '../parseOptions'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--year': 'value',
  '--units': 'value',
  '--seed': 'value',
  '--out': 'value',
  '--data-table': 'value',
  '--clean': 'flag',
  '--json': 'flag',
  [CSV_MACHINE_FLAG]: 'flag',
}

const MAX_UNITS = 100_000

type SampleRequest = {
  readonly framework: ValidFramework
  readonly year: number
  readonly seed: number
  readonly units: number | undefined
  readonly clean: boolean
  /** `--json`: one JSON file per unit (`sampleSubmissionFile`) instead of a questionnaire workbook. */
  readonly json: boolean
  readonly out: string | undefined
  readonly dataTable: string | undefined
  /** The style of the data table: Vietnamese Excel unless `--csv-machine`. */
  readonly csvStyle: CsvStyle
}

/**
 * `ictwb sample --framework <id> --year <Y> [--units N] [--seed S] [--clean] [--json] --out <folder> |
 * --data-table <file.csv> [--csv-machine]`: generates sample answers (`generateSample`) and writes one filled
 * questionnaire workbook per unit into the folder (`<code>.xlsx`, the template units fill and the
 * bulk import reads; exported "at" a fixed time of the year, so the same seed gives the same bytes),
 * or one JSON file per unit with `--json` (`sampleSubmissionFile`), and/or the same answers as one table for
 * `ictwb score` (`sampleDataTable`, UTF-8 with BOM, `;` and a decimal comma for Vietnamese Excel, or `,` and `.` with
 * `--csv-machine`). `--units N` takes the first N of the
 * framework's Đà Nẵng units, or all of them and synthetic units `SYN-0001`… up to N. Bad usage:
 * one translated line, exit 2.
 */
export const sampleCommand: CliCommand = { options: SPEC, positionals: false, run: writeSample }

async function writeSample(options: ParsedOptions, context: CliContext): Promise<number> {
  const request = readRequest(options, context)
  if (!request.ok) {
    context.io.error(request.error)
    return 2
  }
  const { framework, year, seed, units, clean, json, out, dataTable, csvStyle } = request.value
  const defaults = defaultSampleUnits(framework)
  const count = units ?? defaults.length
  const generated = generateSample({
    framework,
    year,
    seed,
    units: defaults.slice(0, count),
    extraUnits: Math.max(0, count - defaults.length),
    anomalies: !clean,
  })
  if (!generated.ok) {
    context.io.error(
      context.say('badOptionValue', { option: '--units', value: String(count), expected: `1–${MAX_UNITS}` }),
    )
    return 2
  }
  const sample = generated.value
  context.io.out(
    context.say('sampleGenerated', {
      framework: framework.id,
      year,
      seed,
      units: context.say('countUnits', { count: sample.submissions.length }),
      anomalies: context.say('countPlantedAnomalies', { count: sample.anomalies.length }),
    }),
  )
  const written = await writeOutputs(sample, framework, { out, dataTable, json, csvStyle }, context)
  if (!written.ok) {
    context.io.error(written.error)
    return 2
  }
  return 0
}

function readRequest(options: ParsedOptions, context: CliContext): Result<SampleRequest, string> {
  const { values, flags } = options
  const id = values['--framework']
  if (id === undefined) return err(context.say('missingOption', { option: '--framework' }))
  const yearText = values['--year']
  if (yearText === undefined) return err(context.say('missingOption', { option: '--year' }))
  const year = readInteger(yearText, 2000, 2100)
  if (year === undefined)
    return err(context.say('badOptionValue', { option: '--year', value: yearText, expected: '2000–2100' }))
  const units = values['--units'] === undefined ? undefined : readInteger(values['--units'], 1, MAX_UNITS)
  if (values['--units'] !== undefined && units === undefined)
    return err(
      context.say('badOptionValue', {
        option: '--units',
        value: values['--units'],
        expected: `1–${MAX_UNITS}`,
      }),
    )
  const seed =
    values['--seed'] === undefined ? DEFAULT_SAMPLE_SEED : readInteger(values['--seed'], 0, 0xffffffff)
  if (seed === undefined)
    return err(
      context.say('badOptionValue', {
        option: '--seed',
        value: values['--seed'] ?? '',
        expected: '0–4294967295',
      }),
    )
  const out = values['--out']
  const dataTable = values['--data-table']
  if (out === undefined && dataTable === undefined) return err(context.say('sampleNoOutput'))
  if (dataTable !== undefined && extname(dataTable).toLowerCase() !== '.csv')
    return err(context.say('unsupportedExtension', { file: dataTable, expected: '.csv' }))
  if (!isBuiltInFrameworkId(id))
    return err(context.say('sampleUnknownFramework', { id, ids: builtInFrameworkIds.join(', ') }))
  const loaded = loadBuiltInFramework(id)
  if (!loaded.ok) return err(loaded.error.map((issue) => context.describeIssue(issue)).join('\n'))
  return ok({
    framework: loaded.value,
    year,
    seed,
    units,
    clean: flags.has('--clean'),
    json: flags.has('--json'),
    out,
    dataTable,
    csvStyle: csvStyleFlag(flags),
  })
}

/** The export time written into sample workbooks: fixed per year (31 March, the usual deadline), so output depends on the seed only. */
const sampleExportedAt = (year: number): string => `${year}-03-31T08:00:00.000Z`

function readInteger(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined
  const value = Number(text)
  return value >= min && value <= max ? value : undefined
}

type Outputs = {
  readonly out: string | undefined
  readonly dataTable: string | undefined
  readonly json: boolean
  readonly csvStyle: CsvStyle
}

async function writeOutputs(
  sample: Sample,
  framework: ValidFramework,
  { out, dataTable, json, csvStyle }: Outputs,
  context: CliContext,
): Promise<Result<null, string>> {
  let target = out ?? dataTable ?? ''
  try {
    if (out !== undefined) {
      await mkdir(out, { recursive: true })
      for (const submission of sample.submissions) {
        if (json) {
          target = join(out, sampleSubmissionFileName(submission.unit.code))
          await writeFile(
            target,
            `${JSON.stringify(sampleSubmissionFile(sample, submission), null, 2)}\n`,
            'utf8',
          )
          continue
        }
        target = join(out, `${submission.unit.code}.xlsx`)
        const workbook = await writeQuestionnaireWorkbook(framework, {
          unit: { code: submission.unit.code, name: submission.unit.name },
          year: sample.year,
          appVersion: context.version,
          exportedAt: sampleExportedAt(sample.year),
          content: { answers: submission.answers, comments: {} },
        })
        if (!workbook.ok) return err(workbook.error.map((issue) => context.describeIssue(issue)).join('\n'))
        await writeFile(target, workbook.value)
      }
      context.io.out(
        context.say(json ? 'sampleFilesWritten' : 'sampleWorkbooksWritten', {
          count: sample.submissions.length,
          folder: out,
        }),
      )
    }
    if (dataTable !== undefined) {
      target = dataTable
      await writeFile(
        dataTable,
        writeCsv(sampleDataTable(sample, framework), csvStyleOptions(csvStyle)),
        'utf8',
      )
      context.io.out(context.say('written', { file: dataTable }))
    }
  } catch (error) {
    return err(context.say('sampleWriteFailed', { file: target, reason: (error as Error).message }))
  }
  return ok(null)
}

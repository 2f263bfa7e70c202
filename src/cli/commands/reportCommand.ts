import { readFile, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parseReportSignature } from '@core/assessment/reportSignature'
import { importIData } from '@core/formats/coinr/importIData'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import { CSV_MACHINE_FLAG, csvStyleFlag } from '../csvStyleFlag'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { readTableFile } from '../readTableFile'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--data': 'value',
  '--out': 'value',
  '--year': 'value',
  '--csv': 'value',
  '--official': 'flag',
  '--sign-place': 'value',
  '--sign-preparer': 'value',
  '--sign-head': 'value',
  [CSV_MACHINE_FLAG]: 'flag',
}

const SIGNATURE_FLAGS = {
  place: '--sign-place',
  preparer: '--sign-preparer',
  head: '--sign-head',
} as const

/**
 * `ictwb report --framework <id|file> --data <.csv|.xlsx> --out <report.xlsx> [--year YEAR] [--csv <ranking.csv> [--csv-machine]] [--official] [--sign-place P] [--sign-preparer NAME] [--sign-head NAME]`:
 * scores a data table (uCode, uName, Group, then question or indicator columns, as `ictwb score`
 * and `ictwb sample --data-table` use) with the framework's method and writes the same results
 * report workbook the app writes (without charts: they are drawn in the app), and optionally the
 * ranking as CSV (for Vietnamese Excel: `;` and a decimal comma; `--csv-machine`: `,` and `.`). `--official` marks the report as official results; by default it says
 * provisional. Any `--sign-…` flag adds the signature block at the end of Tổng hợp (the place
 * before "ngày … tháng … năm …", the names under "Người lập biểu" and "Thủ trưởng đơn vị").
 */
export const reportCommand: CliCommand = { options: SPEC, positionals: false, run: writeReport }

async function writeReport(options: ParsedOptions, context: CliContext): Promise<number> {
  const fail = (line: string, code: 1 | 2 = 2) => {
    context.io.error(line)
    return code
  }
  const { values, flags } = options
  for (const option of ['--framework', '--data', '--out'] as const)
    if (values[option] === undefined) return fail(context.say('missingOption', { option }))
  const out = values['--out'] as string
  if (extname(out).toLowerCase() !== '.xlsx')
    return fail(context.say('unsupportedExtension', { file: out, expected: '.xlsx' }))
  const csvPath = values['--csv']
  if (csvPath !== undefined && extname(csvPath).toLowerCase() !== '.csv')
    return fail(context.say('unsupportedExtension', { file: csvPath, expected: '.csv' }))
  const yearText = values['--year']
  const year =
    yearText === undefined
      ? undefined
      : /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100
        ? Number(yearText)
        : null
  if (year === null)
    return fail(
      context.say('badOptionValue', { option: '--year', value: yearText ?? '', expected: '2000–2100' }),
    )
  const signature = parseReportSignature({
    place: values[SIGNATURE_FLAGS.place] ?? '',
    preparer: values[SIGNATURE_FLAGS.preparer] ?? '',
    head: values[SIGNATURE_FLAGS.head] ?? '',
  })
  if (!signature.ok)
    return fail(
      signature.error
        .map((issue) =>
          context.say('badOptionValue', {
            option: SIGNATURE_FLAGS[issue.field],
            value: `${(values[SIGNATURE_FLAGS[issue.field]] ?? '').slice(0, 20)}…`,
            expected: context.say('signatureLength', { max: issue.max }),
          }),
        )
        .join('\n'),
    )
  const framework = await loadFrameworkArgument(values['--framework'] as string, context)
  if (!framework.ok) return fail(framework.error.lines.join('\n'))
  const dataPath = values['--data'] as string
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(dataPath))
  } catch (error) {
    return fail(context.say('unreadableFile', { file: dataPath, reason: (error as Error).message }))
  }
  const table = await readTableFile(bytes, dataPath, context)
  if (!table.ok) return fail(table.error)
  const units = importIData(table.value, framework.value)
  if (!units.ok) return fail(units.error.map((issue) => context.describeIssue(issue)).join('\n'))
  const result = computeAssessment(framework.value, units.value)
  const report = await writeResultsReport({
    framework: framework.value,
    result,
    units: units.value,
    year: year ?? framework.value.year,
    appraisals: [],
    previous: null,
    status: flags.has('--official') ? 'official' : 'provisional',
    generatedAt: new Date().toISOString(),
    appVersion: context.version,
    signature: signature.value,
  })
  if (!report.ok) return fail(report.error.map((issue) => context.describeIssue(issue)).join('\n'), 1)
  try {
    await writeFile(out, report.value)
    if (csvPath !== undefined)
      await writeFile(csvPath, rankingCsv(framework.value, result, csvStyleFlag(flags)))
  } catch (error) {
    return fail(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
  }
  context.io.out(context.say('scored', { count: result.units.length }))
  context.io.out(context.say('written', { file: out }))
  if (csvPath !== undefined) context.io.out(context.say('written', { file: csvPath }))
  return 0
}

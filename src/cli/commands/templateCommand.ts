import { rename, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import type { OptionSpec, ParsedOptions } from '../parseOptions'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--unit': 'value',
  '--unit-name': 'value',
  '--year': 'value',
  '--out': 'value',
}

type TemplateRequest = {
  readonly framework: ValidFramework
  readonly unit: { readonly code: string; readonly name: string } | null
  readonly year: number | undefined
  readonly out: string
}

/**
 * `ictwb template --framework <id|file> [--unit CODE --unit-name NAME --year Y] --out <file.xlsx>`:
 * writes a blank questionnaire workbook (template version 1) for the framework, for one unit when
 * `--unit` is given (its code and name are then locked in the workbook), else for any unit (the
 * unit types its code on the instructions sheet). The year defaults to the framework's. Bad usage:
 * one translated line, exit 2.
 */
export const templateCommand: CliCommand = { options: SPEC, positionals: false, run: writeTemplate }

async function writeTemplate(options: ParsedOptions, context: CliContext): Promise<number> {
  const request = await readRequest(options, context)
  if (!request.ok) {
    for (const line of request.error.lines) context.io.error(line)
    return request.error.exitCode
  }
  const { framework, unit, year, out } = request.value
  const written = await writeQuestionnaireWorkbook(framework, {
    unit,
    ...(year === undefined ? {} : { year }),
    appVersion: context.version,
    exportedAt: new Date().toISOString(),
  })
  if (!written.ok) {
    for (const issue of written.error) context.io.error(context.describeIssue(issue))
    return 1
  }
  try {
    const temporary = `${out}.${process.pid}.tmp`
    await writeFile(temporary, written.value)
    await rename(temporary, out)
  } catch (error) {
    context.io.error(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
    return 2
  }
  context.io.out(context.say('written', { file: out }))
  return 0
}

async function readRequest(
  options: ParsedOptions,
  context: CliContext,
): Promise<Result<TemplateRequest, { readonly lines: readonly string[]; readonly exitCode: 1 | 2 }>> {
  const usage = (line: string) => err({ lines: [line], exitCode: 2 as const })
  const { values } = options
  const frameworkArgument = values['--framework']
  if (frameworkArgument === undefined) return usage(context.say('missingOption', { option: '--framework' }))
  const out = values['--out']
  if (out === undefined) return usage(context.say('missingOption', { option: '--out' }))
  if (extname(out).toLowerCase() !== '.xlsx')
    return usage(context.say('unsupportedExtension', { file: out, expected: '.xlsx' }))
  const code = values['--unit']?.trim()
  const name = values['--unit-name']?.trim()
  if (name !== undefined && code === undefined)
    return usage(context.say('missingOption', { option: '--unit' }))
  if (code !== undefined && (code === '' || code.length > 50))
    return usage(context.say('badOptionValue', { option: '--unit', value: code, expected: '1–50' }))
  const yearText = values['--year']
  const year =
    yearText === undefined
      ? undefined
      : /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100
        ? Number(yearText)
        : null
  if (year === null)
    return usage(
      context.say('badOptionValue', { option: '--year', value: yearText ?? '', expected: '2000–2100' }),
    )
  const framework = await loadFrameworkArgument(frameworkArgument, context)
  if (!framework.ok) return err(framework.error)
  return ok({
    framework: framework.value,
    unit: code === undefined ? null : { code, name: name ?? '' },
    year,
    out,
  })
}

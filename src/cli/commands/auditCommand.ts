import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { statisticalAudit, type AuditFlag } from '@core/assessment/statisticalAudit'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { auditWorkbookSpec } from '@core/formats/statistical-audit/auditWorkbookSpec'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { parseScoringFlags } from '../parseScoringFlags'
import { readScoringInput } from '../readScoringInput'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--data': 'value',
  '--out': 'value',
  '--normalise': 'value',
  '--aggregate': 'value',
  '--impute': 'value',
  '--treat': 'value',
  '--weights': 'value',
  '--denominate': 'flag',
}

/**
 * `ictwb audit`: scores a data table as `ictwb score` does, then writes the statistical audit
 * (correlations with the parent, Cronbach's alpha, outlier treatment, flags) as JSON or as a
 * workbook with one sheet per part (decision 0017).
 */
export const auditCommand: CliCommand = { options: SPEC, positionals: false, run: audit }

async function audit(options: ParsedOptions, context: CliContext): Promise<number> {
  const fail = (line: string, code: 1 | 2 = 2) => {
    context.io.error(line)
    return code
  }
  const { values } = options
  for (const option of ['--framework', '--data', '--out'] as const)
    if (values[option] === undefined) return fail(context.say('missingOption', { option }))
  const out = values['--out'] as string
  const extension = extname(out).toLowerCase()
  if (extension !== '.json' && extension !== '.xlsx')
    return fail(context.say('unsupportedExtension', { file: out, expected: '.json, .xlsx' }))
  const methods = parseScoringFlags(values)
  if (!methods.ok)
    return fail(methods.error.map((problem) => context.say('badOptionValue', problem)).join('\n'))
  const input = await readScoringInput(options, context, methods.value)
  if (!input.ok) return fail(input.error)
  const { framework, units, overrides } = input.value
  const result = computeAssessment(framework, units, { overrides })
  const report = statisticalAudit(framework, result)
  const explain = (flag: AuditFlag) => explainFlag(flag, context)
  let bytes: string | Uint8Array
  if (extension === '.json') {
    const flagged = report.flags.map((flag) => ({ ...flag, explanation: explain(flag) }))
    bytes = `${JSON.stringify({ ...report, flags: flagged }, null, 2)}\n`
  } else {
    const written = await writeWorkbook(auditWorkbookSpec(report, explain))
    if (!written.ok) return fail(context.say('unreadableFile', { file: out, reason: written.error[0]?.code }))
    bytes = written.value
  }
  try {
    await writeFile(out, bytes)
  } catch (error) {
    return fail(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
  }
  context.io.out(context.say('audited', { count: report.flags.length, units: result.units.length }))
  context.io.out(context.say('written', { file: out }))
  return 0
}

/** The flag as a sentence in the CLI's language; numbers with three decimals. */
function explainFlag(flag: AuditFlag, context: CliContext): string {
  const value = Math.round(flag.value * 1000) / 1000
  switch (flag.code) {
    case 'negative-correlation':
      return context.say('auditFlagNegative', { ...flag, value })
    case 'weak-correlation':
      return context.say('auditFlagWeak', { ...flag, value })
    case 'redundant-pair':
      return context.say('auditFlagRedundant', { ...flag, value })
    case 'low-alpha':
      return context.say('auditFlagLowAlpha', { ...flag, value })
  }
}

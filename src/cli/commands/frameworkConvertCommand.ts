import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { exportIMeta } from '@core/formats/coinr/exportIMeta'
import { serialiseFramework } from '@core/formats/framework-file/serialiseFramework'
import { writeAuthoringWorkbook } from '@core/formats/authoring/writeAuthoringWorkbook'
import { writeCsv } from '@core/excel/csv/writeCsv'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import type { ParsedOptions } from '../parseOptions'

/** `ictwb framework convert <id|file> --out <file>`: JSON ⇄ authoring workbook ⇄ iMeta table, by extension. */
export const frameworkConvertCommand: CliCommand = {
  options: { '--out': 'value', '--denominate': 'flag' },
  positionals: true,
  run: convertFramework,
}

async function convertFramework(options: ParsedOptions, context: CliContext): Promise<number> {
  const [target, extra] = options.positional
  const out = options.values['--out']
  if (target === undefined || out === undefined) {
    context.io.error(
      context.say(target === undefined ? 'missingArgument' : 'missingOption', {
        argument: '<id|file>',
        option: '--out',
      }),
    )
    return 2
  }
  if (extra !== undefined) {
    context.io.error(context.say('extraArgument', { argument: extra }))
    return 2
  }
  const extension = extname(out).toLowerCase()
  if (!['.json', '.xlsx', '.csv'].includes(extension)) {
    context.io.error(context.say('unsupportedExtension', { file: out, expected: '.json, .xlsx, .csv' }))
    return 2
  }
  const loaded = await loadFrameworkArgument(target, context, {
    denominate: options.flags.has('--denominate'),
  })
  if (!loaded.ok) {
    for (const line of loaded.error.lines) context.io.error(line)
    return loaded.error.exitCode
  }
  let bytes: Uint8Array | string
  if (extension === '.json') bytes = serialiseFramework(loaded.value)
  else if (extension === '.csv') bytes = writeCsv(exportIMeta(loaded.value))
  else {
    const written = await writeAuthoringWorkbook(loaded.value)
    if (!written.ok) {
      for (const issue of written.error) context.io.error(context.describeIssue(issue))
      return 1
    }
    bytes = written.value
  }
  try {
    await writeFile(out, bytes)
  } catch (error) {
    context.io.error(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
    return 2
  }
  context.io.out(context.say('written', { file: out }))
  return 0
}

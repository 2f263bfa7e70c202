import { listBuiltInFrameworks } from '@core/builtins/builtInFrameworks'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'

/** `ictwb frameworks`: one built-in framework per line, id first, tab-separated. */
export const frameworksCommand: CliCommand = { options: {}, positionals: false, run: listFrameworks }

async function listFrameworks(_options: unknown, context: CliContext): Promise<number> {
  for (const framework of listBuiltInFrameworks()) {
    const name = context.language === 'en' ? (framework.name.en ?? framework.name.vi) : framework.name.vi
    context.io.out(
      [
        framework.id,
        framework.version,
        String(framework.year),
        framework.unitGroup,
        framework.family,
        name,
      ].join('\t'),
    )
  }
  return 0
}

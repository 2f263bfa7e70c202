import { listBuiltInFrameworks } from '@core/builtins/builtInFrameworks'
import type { CliContext } from '../cliContext'

/** `ictwb frameworks`: one built-in framework per line, id first, tab-separated. */
export async function frameworksCommand(args: readonly string[], context: CliContext): Promise<number> {
  if (args.length > 0) {
    context.io.error(context.say('extraArgument', { argument: args[0] }))
    return 2
  }
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

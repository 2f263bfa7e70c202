import { frameworkWarnings } from '@core/framework/frameworkWarnings'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import type { ParsedOptions } from '../parseOptions'

/** `ictwb framework check <id|file>`: one line per problem naming the code at fault; exit 1 when invalid. */
export const frameworkCheckCommand: CliCommand = { options: {}, positionals: true, run: checkFramework }

async function checkFramework(options: ParsedOptions, context: CliContext): Promise<number> {
  const [target, extra] = options.positional
  if (target === undefined) {
    context.io.error(context.say('missingArgument', { argument: '<id|file>' }))
    return 2
  }
  if (extra !== undefined) {
    context.io.error(context.say('extraArgument', { argument: extra }))
    return 2
  }
  const loaded = await loadFrameworkArgument(target, context)
  if (!loaded.ok) {
    if (loaded.error.exitCode === 1)
      context.io.out(context.say('frameworkInvalid', { id: target, count: loaded.error.lines.length }))
    for (const line of loaded.error.lines)
      (loaded.error.exitCode === 1 ? context.io.out : context.io.error)(line)
    return loaded.error.exitCode
  }
  const framework = loaded.value
  for (const warning of frameworkWarnings(framework)) context.io.out(context.describeIssue(warning))
  context.io.out(
    context.say('frameworkValid', {
      id: framework.id,
      version: framework.version,
      questions: context.say('countQuestions', { count: framework.questions.length }),
      indicators: context.say('countIndicators', { count: framework.indicators.length }),
      components: context.say('countComponents', { count: framework.components.length }),
    }),
  )
  return 0
}

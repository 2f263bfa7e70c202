import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import {
  builtInFrameworkIds,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
} from '@core/builtins/builtInFrameworks'
import { readFrameworkFile } from '@core/formats/framework-file/readFrameworkFile'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, type Result } from '@core/result'
import type { CliContext } from './cliContext'

/** Why a framework argument could not be used: printable lines, and whether it was bad usage (2) or bad content (1). */
export type FrameworkArgumentError = { readonly lines: readonly string[]; readonly exitCode: 1 | 2 }

export type FrameworkArgumentOptions = { readonly denominate?: boolean }

/**
 * Resolves `<built-in id | .json | .xlsx | iMeta .csv/.xlsx>` to a validated framework through the
 * same reader the app's import screen uses.
 *
 * @example
 *   await loadFrameworkArgument('dept-ict-readiness', context)
 */
export async function loadFrameworkArgument(
  argument: string,
  context: CliContext,
  options: FrameworkArgumentOptions = {},
): Promise<Result<ValidFramework, FrameworkArgumentError>> {
  const unknown = () =>
    err({
      lines: [context.say('unknownFramework', { id: argument, ids: builtInFrameworkIds.join(', ') })],
      exitCode: 2 as const,
    })
  if (isBuiltInFrameworkId(argument)) {
    const loaded = loadBuiltInFramework(argument)
    return loaded.ok
      ? loaded
      : err({ lines: loaded.error.map((issue) => context.describeIssue(issue)), exitCode: 1 })
  }
  if (!['.json', '.csv', '.xlsx'].includes(extname(argument).toLowerCase())) return unknown()
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(argument))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return unknown()
    return err({
      lines: [context.say('unreadableFile', { file: argument, reason: (error as Error).message })],
      exitCode: 2,
    })
  }
  const read = await readFrameworkFile(argument, bytes, {
    year: new Date().getFullYear(),
    denominate: options.denominate ?? false,
  })
  return read.ok ? read : err({ lines: read.error.map((issue) => context.describeIssue(issue)), exitCode: 1 })
}

import { readFile } from 'node:fs/promises'
import type { CliContext } from './cliContext'
import { readTableFile } from './readTableFile'

/** Reads the `--data` table (CSV or xlsx) into cells (`--data` of `ictwb score`, `audit` and `sensitivity`, and `--weights`); a translated line when it cannot. */
export async function readDataTable(path: string, context: CliContext) {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    return {
      ok: false as const,
      error: context.say('unreadableFile', { file: path, reason: (error as Error).message }),
    }
  }
  return readTableFile(bytes, path, context)
}

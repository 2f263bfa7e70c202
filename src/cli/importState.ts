import { readFile, rename, writeFile } from 'node:fs/promises'
import type { MemoryImportState } from '@core/import/memoryImportStore'
import { err, ok, type Result } from '@core/result'

const STATE_FORMAT = 'ictwb-import-state'
/** 1: submissions, batches, journal. 2: and `parsing`. Version 1 files load with nothing parsing. */
const STATE_FORMAT_VERSION = 2

/** A file a run started to parse: no outcome is known for it until the mark is gone. */
export type ParsingMark = {
  /** SHA-256 of the file's bytes, as the journal and the submissions' sources identify files. */
  readonly fingerprint: string
  readonly fileName: string
  readonly at: string
}

/** What `ictwb import --state` keeps: the in-memory store's rows, and the files whose parse never ended. */
export type ImportState = MemoryImportState & { readonly parsing: readonly ParsingMark[] }

export const emptyImportState: ImportState = { submissions: [], batches: [], journal: [], parsing: [] }

/**
 * Reads an `--state` file: a missing file is an empty state, a version 1 file (no `parsing`) loads
 * with no file parsing; an unreadable, foreign or newer file is an error (its reason).
 *
 * @example
 *   const state = await readImportState('import-state.json') // => ok({ submissions: [], …, parsing: [] })
 */
export async function readImportState(path: string): Promise<Result<ImportState, string>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? ok(emptyImportState)
      : err((error as Error).message)
  }
  let value: {
    format?: unknown
    formatVersion?: unknown
    submissions?: unknown
    batches?: unknown
    journal?: unknown
    parsing?: unknown
  }
  try {
    value = JSON.parse(text) as typeof value
  } catch (error) {
    return err((error as Error).message)
  }
  const version = value.formatVersion ?? 1
  if (
    value.format !== STATE_FORMAT ||
    typeof version !== 'number' ||
    version > STATE_FORMAT_VERSION ||
    !Array.isArray(value.submissions) ||
    !Array.isArray(value.batches) ||
    !Array.isArray(value.journal) ||
    (value.parsing !== undefined && !Array.isArray(value.parsing))
  )
    return err(`${STATE_FORMAT} ${STATE_FORMAT_VERSION}`)
  const parsing = ((value.parsing ?? []) as unknown[]).filter(
    (mark): mark is ParsingMark =>
      typeof mark === 'object' &&
      mark !== null &&
      typeof (mark as ParsingMark).fingerprint === 'string' &&
      typeof (mark as ParsingMark).fileName === 'string',
  )
  return ok({
    submissions: value.submissions,
    batches: value.batches,
    journal: value.journal,
    parsing,
  } as ImportState)
}

/**
 * Writes the state atomically (a temporary file renamed over it), so a run killed at any moment
 * leaves the previous state or the new one, never half of one.
 *
 * @example
 *   await writeImportState('import-state.json', { ...store.snapshot(), parsing: [] })
 */
export async function writeImportState(path: string, state: ImportState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(
    temporary,
    `${JSON.stringify({
      format: STATE_FORMAT,
      formatVersion: STATE_FORMAT_VERSION,
      submissions: state.submissions,
      batches: state.batches,
      journal: state.journal,
      parsing: state.parsing,
    })}\n`,
    'utf8',
  )
  await rename(temporary, path)
}

import { sha256Hex } from '@core/sha256'
import type { ImportStore, KnownFile } from './importStore'
import type { FileOutcome, ImportBatch, JournalEntry, ParsedFile } from './importTypes'
import { importProgress, type ImportProgress } from './importProgress'
import { checkUnitCode } from './checkUnitCode'
import type { ResponseImporter } from './responseImporter'

/** One file of a batch: its name and bytes (or a way to read them when its turn comes). */
export type BatchFile = {
  readonly fileName: string
  readonly bytes: Uint8Array | (() => Promise<Uint8Array>)
}

/**
 * Parses one file (a worker pool in the app, in-process in the CLI); must not throw. When the
 * batch keeps parsing marks it passes `beforeStart`, which writes the file's mark: the parser awaits
 * it just before the file's parse begins (a pool: when a worker takes the file, not when the file
 * joins the queue), so a crash leaves marked only the files that were really being parsed. A parser
 * that ignores it leaves no mark.
 */
export type FileParser = (file: {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly beforeStart?: () => Promise<void>
}) => Promise<ParsedFile>

export type RunImportOptions = {
  /** The batch: a new one, or an interrupted one to resume (its journal is consulted). */
  readonly batch: ImportBatch
  readonly files: readonly BatchFile[]
  readonly parse: FileParser
  readonly store: ImportStore
  /** How many files are parsed ahead of the commits (keeps every worker busy). Default 4. */
  readonly parseAhead?: number
  /** Wall clock for stored times. */
  readonly now: () => Date
  /** Monotonic milliseconds for progress and time left. Default `Date.now`. */
  readonly clock?: () => number
  /**
   * The codes of the expected units. When given, a unit not in it is rejected (`unknown-unit`) and
   * a code that differs from one of them only by case or look-alike letters is rejected as
   * `unit-code-lookalike` (naming the known unit). Invalid codes are rejected either way.
   */
  readonly knownUnits?: ReadonlySet<string>
  /**
   * Imports the units' response packages (appraisal round) met in the batch, when it runs for an
   * assessment; without it a response is refused (`round-response-needs-assessment`). A feedback
   * package is refused either way (`round-not-response`: it goes to the units, not back).
   */
  readonly responses?: ResponseImporter
  readonly onOutcome?: (outcome: FileOutcome, progress: ImportProgress) => void
  /** Stops before the next commit; the batch is then left unfinished (resumable). */
  readonly signal?: { readonly aborted: boolean }
}

/** Every outcome in file order, and whether the run was stopped before the end. */
export type BatchResult = { readonly outcomes: readonly FileOutcome[]; readonly cancelled: boolean }

/**
 * Runs an import batch: files are parsed ahead (in parallel when the parser is a worker pool) and
 * committed one at a time in file order, so which of two versions of a unit becomes "current"
 * never depends on timing. A file whose exact bytes were imported before for this framework version
 * and year is reported as already imported without being parsed. Each commit stores the file's submission and its journal entry all or
 * nothing; a rejected file writes nothing. When `batch` is an interrupted batch, files its journal
 * already holds (same SHA-256) are reported from the journal (`resumed`) without parsing, so a
 * resumed batch never stores anything twice. When the store keeps parsing marks
 * (`markParsing`), each file is marked just before a worker gets it and unmarked when its parse
 * returns; resuming a batch reports the files it left marked as `parse-interrupted` without
 * parsing them again (a file that took the page down must not do it twice). A unit's response
 * package (appraisal round) in the batch is imported by `responses`, which journals it the same
 * way, so batches may mix questionnaires and responses. Never throws on bad
 * files or storage failures: they are outcomes.
 *
 * @example
 *   const result = await runImportBatch({ batch, files, parse, store, now: () => new Date(), onOutcome: show })
 *   result.outcomes.filter((outcome) => outcome.kind === 'imported').length // => 298
 */
export async function runImportBatch(options: RunImportOptions): Promise<BatchResult> {
  const { batch, files, parse, store, now } = options
  const clock = options.clock ?? Date.now
  const startedAt = clock()
  const journal = new Map((await store.journal(batch.id)).map((entry) => [entry.fingerprint, entry]))
  const known =
    (await store.knownFiles?.({
      frameworkId: batch.frameworkId,
      frameworkVersion: batch.frameworkVersion,
      year: batch.year,
    })) ?? new Map<string, KnownFile>()
  const skip =
    journal.size > 0 || known.size > 0
      ? (fingerprint: string) => journal.has(fingerprint) || known.has(fingerprint)
      : null
  const suspects = new Set((await store.parsingMarks?.(batch.id))?.map((mark) => mark.fingerprint) ?? [])
  const marks = marking(store, batch, now, suspects)
  const window = Math.max(1, options.parseAhead ?? 4)
  const parsing: (Promise<ParsedFile> | undefined)[] = []
  const bytesOf = async (file: BatchFile): Promise<Uint8Array> =>
    typeof file.bytes === 'function' ? file.bytes() : file.bytes
  let launched = 0
  const launch = (upTo: number): void => {
    for (; launched < Math.min(upTo, files.length); launched += 1) {
      const file = files[launched]
      if (file !== undefined) parsing[launched] = safeParse(file, launched, bytesOf, parse, skip, marks)
    }
  }
  const outcomes: FileOutcome[] = []
  for (let index = 0; index < files.length; index += 1) {
    if (options.signal?.aborted === true) return { outcomes, cancelled: true }
    launch(index + window)
    const parsed = await (parsing[index] as Promise<ParsedFile>)
    parsing[index] = undefined
    const knownFile = journal.has(parsed.fingerprint) ? undefined : known.get(parsed.fingerprint)
    const outcome =
      knownFile === undefined
        ? await settle(index, parsed, options, journal)
        : fromKnownFile(index, parsed.fileName, knownFile)
    outcomes.push(outcome)
    options.onOutcome?.(outcome, importProgress(outcomes, files.length, clock() - startedAt))
  }
  await store.finishBatch(batch.id, now().toISOString())
  return { outcomes, cancelled: false }
}

/** How a batch keeps parsing marks: the fingerprints an earlier run left marked, and the writes; `null` when the store keeps none. */
type Marking = {
  readonly suspects: ReadonlySet<string>
  readonly mark: (fileName: string, index: number, fingerprint: string) => Promise<void>
  readonly clear: (fingerprint: string) => Promise<void>
} | null

function marking(
  store: ImportStore,
  batch: ImportBatch,
  now: () => Date,
  suspects: ReadonlySet<string>,
): Marking {
  const { markParsing, clearParsing } = store
  if (markParsing === undefined || clearParsing === undefined) return null
  // A mark that cannot be written (disk full) does not stop the parse: the batch only loses that protection.
  return {
    suspects,
    mark: async (fileName, index, fingerprint) =>
      void (await markParsing.call(store, batch, { fingerprint, fileName, index, at: now().toISOString() })),
    clear: async (fingerprint) => void (await clearParsing.call(store, batch.id, fingerprint)),
  }
}

/**
 * A parse that cannot throw; a file already committed (journal) or imported (same bytes) is not
 * parsed again, nor one an earlier run of the batch left marked as parsing (`parse-interrupted`).
 */
async function safeParse(
  file: BatchFile,
  index: number,
  bytesOf: (file: BatchFile) => Promise<Uint8Array>,
  parse: FileParser,
  skip: ((fingerprint: string) => boolean) | null,
  marks: Marking,
): Promise<ParsedFile> {
  let bytes: Uint8Array
  try {
    bytes = await bytesOf(file)
  } catch (error) {
    return {
      status: 'rejected',
      fileName: file.fileName,
      fingerprint: '',
      issues: [{ code: 'file-unreadable', message: messageOf(error) }],
    }
  }
  const fingerprint = skip !== null || marks !== null ? sha256Hex(bytes) : ''
  if (skip?.(fingerprint) === true)
    return { status: 'rejected', fileName: file.fileName, fingerprint, issues: [] }
  if (marks?.suspects.has(fingerprint) === true)
    return {
      status: 'rejected',
      fileName: file.fileName,
      fingerprint,
      issues: [{ code: 'parse-interrupted' }],
    }
  try {
    if (marks === null) return await parse({ fileName: file.fileName, bytes })
    const beforeStart = () => marks.mark(file.fileName, index, fingerprint)
    const parsed = await parse({ fileName: file.fileName, bytes, beforeStart })
    await marks.clear(fingerprint).catch(() => undefined)
    return parsed
  } catch (error) {
    return {
      status: 'rejected',
      fileName: file.fileName,
      fingerprint: '',
      issues: [{ code: 'parse-crashed', message: messageOf(error) }],
    }
  }
}

async function settle(
  index: number,
  parsed: ParsedFile,
  options: RunImportOptions,
  journal: ReadonlyMap<string, JournalEntry>,
): Promise<FileOutcome> {
  const { fileName } = parsed
  const journaled = journal.get(parsed.fingerprint)
  if (journaled !== undefined) return fromJournal(index, fileName, journaled)
  if (parsed.status === 'round-file') return settleRoundFile(index, parsed, options)
  if (parsed.status === 'rejected') return { kind: 'rejected', index, fileName, issues: parsed.issues }
  const { submission } = parsed
  const unitIssue = checkUnitCode(submission.unitCode, options.knownUnits)
  if (unitIssue !== null) return { kind: 'rejected', index, fileName, issues: [unitIssue] }
  const unit = { unitCode: submission.unitCode, unitName: submission.unitName }
  const committed = await options.store.commit({
    batch: options.batch,
    index,
    fileName,
    fingerprint: parsed.fingerprint,
    submission,
    at: options.now().toISOString(),
  })
  if (!committed.ok) return { kind: 'failed', index, fileName, reason: committed.error }
  const result = committed.value
  if (result.kind === 'imported')
    return {
      kind: 'imported',
      index,
      fileName,
      ...unit,
      submissionId: result.submissionId,
      warnings: submission.warnings,
    }
  if (result.kind === 'duplicate')
    return { kind: 'duplicate', index, fileName, ...unit, submissionId: result.submissionId }
  return {
    kind: 'conflict',
    index,
    fileName,
    ...unit,
    submissionId: result.submissionId,
    currentId: result.currentId,
  }
}

/** A round file of the batch: a response goes to the response import, anything else is refused. */
async function settleRoundFile(
  index: number,
  parsed: Extract<ParsedFile, { status: 'round-file' }>,
  options: RunImportOptions,
): Promise<FileOutcome> {
  const { fileName } = parsed
  if (parsed.kind !== 'response')
    return { kind: 'rejected', index, fileName, issues: [{ code: 'round-not-response', found: parsed.kind }] }
  if (options.responses === undefined)
    return { kind: 'rejected', index, fileName, issues: [{ code: 'round-response-needs-assessment' }] }
  const result = await options.responses({
    batch: options.batch,
    index,
    fileName,
    fingerprint: parsed.fingerprint,
    bytes: parsed.bytes,
  })
  if (result.kind === 'rejected') return { kind: 'rejected', index, fileName, issues: result.issues }
  if (result.kind === 'failed') return { kind: 'failed', index, fileName, reason: result.reason }
  const unit = { unitCode: result.unitCode, unitName: result.unitName }
  const response = { round: result.round }
  return result.kind === 'imported'
    ? { kind: 'imported', index, fileName, ...unit, submissionId: result.responseId, warnings: [], response }
    : { kind: 'duplicate', index, fileName, ...unit, submissionId: result.responseId, response }
}

/** Identical bytes were imported before: the same outcome as a duplicate (or the same conflict, still pending). */
function fromKnownFile(index: number, fileName: string, known: KnownFile): FileOutcome {
  const unit = { unitCode: known.unitCode, unitName: known.unitName }
  if (known.status === 'pending' && known.conflictWith !== null)
    return {
      kind: 'conflict',
      index,
      fileName,
      ...unit,
      submissionId: known.submissionId,
      currentId: known.conflictWith,
    }
  return { kind: 'duplicate', index, fileName, ...unit, submissionId: known.submissionId }
}

function fromJournal(index: number, fileName: string, entry: JournalEntry): FileOutcome {
  const unit = { unitCode: entry.unitCode, unitName: entry.unitName }
  if (entry.outcome === 'conflict')
    return {
      kind: 'conflict',
      index,
      fileName,
      ...unit,
      submissionId: entry.submissionId,
      currentId: entry.currentId ?? '',
      resumed: true,
    }
  return {
    kind: 'imported',
    index,
    fileName,
    ...unit,
    submissionId: entry.submissionId,
    warnings: [],
    resumed: true,
    ...(entry.round === undefined ? {} : { response: { round: entry.round } }),
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300)
}

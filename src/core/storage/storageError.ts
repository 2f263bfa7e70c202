/**
 * Why a write did not happen, in words the UI can explain: `quota` (disk or storage quota full,
 * including the I/O error Chromium reports when a blob file cannot be written),
 * `aborted` (the transaction was rolled back for another reason), `closed` (the database
 * connection is gone, e.g. another window upgraded it), `corrupted` (the browser found its own
 * database files damaged — seen after a full disk — and will discard them: retrying cannot help,
 * only a restore can), `unknown` (anything else, e.g. a disk I/O error). In every case nothing of
 * the failed transaction was stored.
 *
 * @example
 *   const failure: StorageFailure = { code: 'quota', message: 'QuotaExceededError' }
 */
export type StorageFailure = {
  readonly code: 'quota' | 'aborted' | 'closed' | 'corrupted' | 'unknown'
  /** The underlying error's name and message, for the diagnostics log; never shown as the explanation. */
  readonly message: string
}

/**
 * Reads an error thrown by a Dexie transaction. Chrome reports a full quota or disk by aborting
 * the transaction: Dexie rejects the transaction promise with an `AbortError` whose `inner` is the
 * `QuotaExceededError` (reliability §3.3, Dexie #840/#776), so the whole chain is inspected.
 *
 * @example
 *   classifyStorageError(new DOMException('', 'QuotaExceededError')).code // => 'quota'
 */
export function classifyStorageError(error: unknown): StorageFailure {
  const chain = errorChain(error)
  const names = chain.map((entry) => entry.name)
  const message = chain
    .map((entry) => (entry.name === '' ? entry.message : `${entry.name}: ${entry.message}`))
    .join(' ← ')
  // A full disk shows up as QuotaExceededError for values kept in LevelDB, and as
  // "DataError: Failed to write blobs (IOError)" inside the AbortError for large values Chromium
  // writes as blob files (measured on a full tmpfs profile, tests/e2e/unit-disk-full.spec.ts).
  // After Chromium closed the connection on a full disk, reopening fails with "Internal error opening
  // backing store for indexedDB.open." and a write in the reopened database can fail with "Maximum key
  // generator value reached." (an auto-increment key cannot reach 2^53 here): both measured on the
  // full tmpfs profile, both mean the browser could not use its storage files.
  // Chromium's LevelDB backing store reports damaged files as "UnknownError: Corruption detected,
  // unable to continue" and deletes the origin's database on the next open (measured in about 1 run
  // in 10 of tests/e2e/unit-disk-full.spec.ts, after a write failed on the full disk).
  if (
    chain.some((entry) =>
      /corruption detected|backing store.*corrupt|corrupt.*backing store/i.test(entry.message),
    )
  )
    return { code: 'corrupted', message }
  if (
    names.some((name) => name === 'QuotaExceededError') ||
    chain.some((entry) =>
      /quota|disk (is )?full|full disk|no space|IOError|failed to write blobs|opening backing store|maximum key generator value/i.test(
        entry.message,
      ),
    )
  ) {
    return { code: 'quota', message }
  }
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError'))
    return { code: 'closed', message }
  if (names.some((name) => name === 'AbortError')) return { code: 'aborted', message }
  return { code: 'unknown', message }
}

function errorChain(error: unknown): { readonly name: string; readonly message: string }[] {
  const chain: { name: string; message: string }[] = []
  let current: unknown = error
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    const record = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown }
    chain.push({
      name: typeof record.name === 'string' ? record.name : '',
      message: typeof record.message === 'string' ? record.message : '',
    })
    current = record.inner ?? record.cause
  }
  if (chain.length === 0) chain.push({ name: '', message: String(error) })
  return chain
}

/**
 * A fault to inject into the next write, for tests and the end-to-end "failed save" scenario: the
 * repository writes as usual and then fails inside the transaction, so IndexedDB rolls the whole
 * transaction back exactly as a real quota abort does.
 *
 * @example
 *   createSubmissionRepository(database, { injectFault: () => 'quota' })
 */
export type WriteFault = 'quota' | 'aborted'

/** Asked once per write transaction; `null` means "no fault". */
export type FaultInjector = () => WriteFault | null

/** Throws the error a real failure would produce, inside a transaction, to make it abort. */
export function raiseFault(fault: WriteFault): never {
  if (fault === 'quota')
    throw new DOMException('Simulated: the quota has been exceeded.', 'QuotaExceededError')
  throw new DOMException('Simulated: the transaction was aborted.', 'AbortError')
}

import type { Result } from '@core/result'
import {
  applyPatch,
  isEmptyPatch,
  mergePatches,
  type Submission,
  type SubmissionContent,
  type SubmissionPatch,
} from '@core/responses/submission'
import type { SaveOutcome, SubmissionWriteFailure } from '@core/storage/submissionRepository'

/**
 * What the save status says. `saved` is reached only after a save transaction resolved and no
 * edit is waiting; `failed` keeps the edit in memory until a retry succeeds.
 */
export type SaveStatus =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly failure: SubmissionWriteFailure }

export type AutosaveSnapshot = {
  /** The submission as last confirmed by the database. */
  readonly confirmed: Submission
  /** What the screen shows: the confirmed content with every edit not yet confirmed on top. */
  readonly content: SubmissionContent
  readonly status: SaveStatus
  /** Another window saved this submission too; its changes were merged field by field. */
  readonly concurrent: boolean
}

/** What identifies the open revision and its state; changes only when one of these fields does. */
export type SubmissionDocument = Pick<
  Submission,
  'id' | 'unitCode' | 'frameworkId' | 'frameworkVersion' | 'year' | 'revision' | 'status' | 'submittedAt'
>

/** The save status with the "changed elsewhere" flag; a new object only when one of them changes. */
export type StatusSnapshot = { readonly status: SaveStatus; readonly concurrent: boolean }

export type SaveFunction = (
  id: string,
  expectedRev: number,
  patch: SubmissionPatch,
) => Promise<Result<SaveOutcome, SubmissionWriteFailure>>

export type AutosaveTiming = {
  /** Quiet time after the last keystroke before saving. */
  readonly debounceMs: number
  /** Longest an edit waits while the officer keeps typing: with the commit, within 1 s. */
  readonly maxWaitMs: number
  /** Remembering the question the officer is at is not urgent. */
  readonly visitDelayMs: number
  /** After a failure, try again on this period (a freed disk, a transient abort). */
  readonly retryMs: number
}

/** Name of the performance measure recorded for every save (from the call to the committed transaction). */
export const AUTOSAVE_MEASURE = 'ictwb:autosave-commit'

export const DEFAULT_AUTOSAVE_TIMING: AutosaveTiming = {
  debounceMs: 300,
  maxWaitMs: 700,
  visitDelayMs: 1500,
  retryMs: 15_000,
}

const hasContent = (patch: SubmissionPatch | null): boolean =>
  patch !== null &&
  !isEmptyPatch({
    ...(patch.answers && { answers: patch.answers }),
    ...(patch.comments && { comments: patch.comments }),
    ...(patch.entries && { entries: patch.entries }),
  })

const documentOf = ({
  id,
  unitCode,
  frameworkId,
  frameworkVersion,
  year,
  revision,
  status,
  submittedAt,
}: Submission): SubmissionDocument => ({
  id,
  unitCode,
  frameworkId,
  frameworkVersion,
  year,
  revision,
  status,
  submittedAt,
})

const contentOf = (submission: Submission): SubmissionContent => ({
  answers: submission.answers,
  comments: submission.comments,
  entries: submission.entries,
})

/**
 * The autosave state machine of one open draft, free of React so it can be tested with fake
 * timers. Edits apply to the screen at once and are saved, merged, within `maxWaitMs`; one save is
 * in flight at a time; a failed save puts its patch back in front of newer edits, so nothing typed
 * is dropped, and the status says `saved` again only after a later save committed all of it.
 */
export class AutosaveQueue {
  private confirmed: Submission
  private content: SubmissionContent
  private pending: SubmissionPatch | null = null
  private inFlight: { readonly patch: SubmissionPatch; readonly done: Promise<void> } | null = null
  private failure: SubmissionWriteFailure | null = null
  private concurrent = false
  private firstPendingAt: number | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private disposed = false
  private readonly listeners = new Set<() => void>()
  private snapshot: AutosaveSnapshot
  private document: SubmissionDocument
  private statusSnapshot: StatusSnapshot

  constructor(
    submission: Submission,
    private readonly save: SaveFunction,
    private readonly timing: AutosaveTiming = DEFAULT_AUTOSAVE_TIMING,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.confirmed = submission
    this.content = contentOf(submission)
    this.snapshot = this.makeSnapshot()
    this.document = documentOf(submission)
    this.statusSnapshot = { status: this.snapshot.status, concurrent: false }
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): AutosaveSnapshot => this.snapshot

  // Finer snapshots, so that a save (status, rev) does not re-render the whole questionnaire.
  getContent = (): SubmissionContent => this.content
  getDocument = (): SubmissionDocument => this.document
  getStatus = (): StatusSnapshot => this.statusSnapshot
  getRev = (): number => this.confirmed.rev
  getConfirmed = (): Submission => this.confirmed

  /** Applies an edit to the screen now and schedules its save. */
  edit(patch: SubmissionPatch): void {
    if (this.disposed || isEmptyPatch(patch)) return
    this.pending = this.pending === null ? patch : mergePatches(this.pending, patch)
    this.content = applyPatch(this.content, patch)
    if (hasContent(patch)) this.firstPendingAt ??= this.now()
    this.emit()
    this.schedule()
  }

  /** Remembers the question the officer is at; saved with the next edit, or quietly a little later. */
  visit(question: string): void {
    if (this.disposed || (this.pending?.lastQuestion ?? this.confirmed.lastQuestion) === question) return
    this.pending =
      this.pending === null
        ? { lastQuestion: question }
        : mergePatches(this.pending, { lastQuestion: question })
    this.schedule()
  }

  /** Whether something typed is not yet confirmed by the database. */
  hasUnsavedChanges(): boolean {
    return hasContent(this.pending) || (this.inFlight !== null && hasContent(this.inFlight.patch))
  }

  /**
   * Every edit typed and not yet confirmed by the database (the save in flight and what waits
   * after it), without the remembered question: what a rescue copy must keep.
   */
  unsavedEdits(): SubmissionPatch | null {
    const parts = [this.inFlight?.patch ?? null, this.pending].filter(hasContent) as SubmissionPatch[]
    if (parts.length === 0) return null
    const merged = parts.reduce((a, b) => mergePatches(a, b))
    const some = (record: Readonly<Record<string, unknown>> | undefined) =>
      record !== undefined && Object.keys(record).length > 0
    return {
      ...(some(merged.answers) && { answers: merged.answers }),
      ...(some(merged.comments) && { comments: merged.comments }),
      ...(some(merged.entries) && { entries: merged.entries }),
    }
  }

  /** Saves whatever waits now (leaving the page, before an exclusive operation, "retry"). */
  async flush(): Promise<void> {
    if (this.inFlight !== null) {
      await this.inFlight.done
      if (this.pending !== null && this.failure === null) await this.flush()
      return
    }
    if (this.pending === null || this.disposed) return
    this.clearTimer()
    const patch = this.pending
    this.pending = null
    this.firstPendingAt = null
    const done = this.send(patch)
    this.inFlight = { patch, done }
    this.emit()
    await done
  }

  /** "Thử lưu lại": retry a failed save now. */
  retry(): Promise<void> {
    this.failure = null
    this.emit()
    return this.flush()
  }

  /**
   * Runs a write that produces a new confirmed submission (attach evidence, submit, …) after
   * every pending edit is saved, so the two never race; edits typed meanwhile stay on top.
   */
  async exclusive<E>(
    operation: (current: Submission) => Promise<Result<Submission, E>>,
  ): Promise<Result<Submission, E | SubmissionWriteFailure>> {
    await this.flush()
    if (this.failure !== null) return { ok: false, error: this.failure }
    const result = await operation(this.confirmed)
    if (result.ok) this.replace(result.value)
    return result
  }

  isDisposed(): boolean {
    return this.disposed
  }

  dispose(): void {
    this.disposed = true
    this.clearTimer()
    this.listeners.clear()
  }

  private replace(submission: Submission): void {
    this.confirmed = submission
    this.content =
      this.pending === null ? contentOf(submission) : applyPatch(contentOf(submission), this.pending)
    this.emit()
  }

  private async send(patch: SubmissionPatch): Promise<void> {
    const started = performance.now()
    const result = await this.save(this.confirmed.id, this.confirmed.rev, patch)
    // Commit latency, visible in the performance timeline (devtools, the latency measurement e2e).
    performance.measure(AUTOSAVE_MEASURE, {
      start: started,
      end: performance.now(),
      detail: { ok: result.ok },
    })
    this.inFlight = null
    if (result.ok) {
      this.failure = null
      this.confirmed = result.value.submission
      if (result.value.concurrent) {
        this.concurrent = true
        this.content =
          this.pending === null
            ? contentOf(this.confirmed)
            : applyPatch(contentOf(this.confirmed), this.pending)
      }
    } else if (
      hasContent(patch) ||
      (result.error.code !== 'quota' && result.error.code !== 'aborted' && result.error.code !== 'unknown')
    ) {
      this.failure = result.error
      this.pending = this.pending === null ? patch : mergePatches(patch, this.pending)
      this.firstPendingAt ??= this.now()
    }
    this.emit()
    this.schedule()
  }

  private schedule(): void {
    this.clearTimer()
    if (this.disposed || this.inFlight !== null || this.pending === null) return
    let delay: number
    if (this.failure !== null) {
      // No automatic retry can succeed: the revision is read-only or gone, or the browser found its
      // database damaged and discards it (the edits wait in the rescue copy for a restore).
      if (
        this.failure.code === 'read-only' ||
        this.failure.code === 'not-found' ||
        this.failure.code === 'not-latest' ||
        this.failure.code === 'corrupted'
      )
        return
      delay = this.timing.retryMs
    } else if (hasContent(this.pending)) {
      const waited = this.now() - (this.firstPendingAt ?? this.now())
      delay = Math.max(0, Math.min(this.timing.debounceMs, this.timing.maxWaitMs - waited))
    } else {
      delay = this.timing.visitDelayMs
    }
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, delay)
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot()
    const document = documentOf(this.confirmed)
    if (JSON.stringify(document) !== JSON.stringify(this.document)) this.document = document
    const status = { status: this.snapshot.status, concurrent: this.concurrent }
    if (JSON.stringify(status) !== JSON.stringify(this.statusSnapshot)) this.statusSnapshot = status
    for (const listener of this.listeners) listener()
  }

  private makeSnapshot(): AutosaveSnapshot {
    return {
      confirmed: this.confirmed,
      content: this.content,
      status: this.status(),
      concurrent: this.concurrent,
    }
  }

  private status(): SaveStatus {
    if (this.failure !== null) return { kind: 'failed', failure: this.failure }
    if (this.inFlight !== null && hasContent(this.inFlight.patch)) return { kind: 'saving' }
    if (hasContent(this.pending)) return { kind: 'unsaved' }
    return { kind: 'saved', at: this.confirmed.updatedAt }
  }
}

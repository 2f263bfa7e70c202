// The one door between the renderer and the main process: types, channel names and limits only.
// No runtime imports: the sandboxed preload must bundle to a file that requires only `electron`.
import type { Result } from '@core/result'

export type DesktopError =
  | { readonly code: 'untrusted-sender' }
  | { readonly code: 'invalid-request'; readonly issues: readonly string[] }
  | { readonly code: 'file-too-large'; readonly fileName: string; readonly maxBytes: number }
  | { readonly code: 'too-many-files'; readonly maxFiles: number }
  | { readonly code: 'folder-too-large'; readonly maxBytes: number }
  | { readonly code: 'dropped-item-refused'; readonly fileName: string }
  | { readonly code: 'unknown-file-token' }
  | { readonly code: 'file-missing' }
  /** A picked-file token main never gave out, or has forgotten (it keeps the newest ones only). */
  | { readonly code: 'picked-file-not-found' }
  /** The picked file was changed, moved or deleted since it was picked (its size or time differs). */
  | { readonly code: 'picked-file-changed'; readonly fileName: string }
  | { readonly code: 'not-a-backup' }
  | { readonly code: 'backup-not-found'; readonly id: string }
  | { readonly code: 'backup-damaged'; readonly id: string }
  | { readonly code: 'backup-verify-failed' }
  | { readonly code: 'backup-upload-not-found' }
  | { readonly code: 'backup-too-large' }
  | { readonly code: 'io-failed'; readonly message: string }

/** What a file picked by the user is for; it decides the dialog's filters and size limit. */
export type FilePurpose = 'workbook' | 'framework' | 'unit-list' | 'results' | 'evidence' | 'backup'

export type PickedFile = {
  readonly fileName: string
  readonly bytes: Uint8Array
  /**
   * Browser edition, backups only: the picked file itself, which a restore reads in slices (a
   * backup may be larger than any file read whole); `bytes` is then empty (decision 0021).
   */
  readonly file?: Blob
  /**
   * Desktop edition, backups only: an opaque handle main keeps for the picked or dropped file
   * (its path, size and modification time when picked), which a restore reads in chunks with
   * `readPickedFileChunk`; `bytes` is then empty and the file's size has no limit (decision 0003).
   */
  readonly token?: string
}

/** A matching file that was found but not read, and why. */
export type SkippedFile = {
  readonly fileName: string
  readonly reason: 'too-large' | 'link' | 'wrong-type' | 'unreadable'
}

/**
 * The files read from a folder or a drop. `fileName` is relative to the picked or dropped folder
 * (`Sở Y tế/SYT-2025.xlsx`); files of other types inside a folder are ignored silently.
 */
export type FolderContents = {
  readonly files: readonly PickedFile[]
  readonly skipped: readonly SkippedFile[]
}

export type OpenFilesRequest = { readonly purpose: FilePurpose; readonly multiple: boolean }

export type PickFolderRequest = { readonly purpose: FilePurpose }

/** Page side of a drop: the `File` objects of the drop event. The preload turns them into paths. */
export type ReadDroppedFilesRequest = { readonly purpose: FilePurpose; readonly files: readonly File[] }

/** Wire side of a drop: what the preload sends to main (see decision 0003). */
export type DroppedPathsRequest = { readonly purpose: FilePurpose; readonly paths: readonly string[] }

export type SaveFileRequest = { readonly suggestedName: string; readonly bytes: Uint8Array }

/**
 * Where a save went. `revealToken` is an opaque handle main keeps for the path it wrote, to show
 * the file in its folder later; the renderer never sends a path back (decision 0003).
 */
export type SavedFile = { readonly savedTo: string; readonly revealToken: string | null }

export type ShowInFolderRequest = { readonly token: string }

/**
 * Print the current page to a PDF file: main asks where to save (the name suggested, `.pdf`
 * added when missing), prints the window's page on A4 with the page's print stylesheet, and
 * writes the file.
 */
export type PrintToPdfRequest = { readonly suggestedName: string; readonly landscape: boolean }

export type AppInfo = {
  readonly productName: string
  readonly version: string
  readonly runtime: 'desktop' | 'browser'
  readonly electron: string | null
  readonly chrome: string | null
  readonly node: string | null
  readonly platform: string
}

/** Why a backup was made; shown in the list and used to skip unchanged scheduled backups. */
export type BackupReason =
  'scheduled' | 'quit' | 'manual' | 'before-restore' | 'before-import' | 'before-upgrade'
export const BACKUP_REASONS = [
  'scheduled',
  'quit',
  'manual',
  'before-restore',
  'before-import',
  'before-upgrade',
] as const satisfies readonly BackupReason[]

/** One backup in `<userData>/backups/`, as its sidecar describes it and as verified when listed. */
export type BackupEntry = {
  readonly id: string
  readonly createdAt: string
  readonly reason: BackupReason
  readonly bytes: number
  readonly sha256: string
  readonly contentHash: string
  readonly recordCount: number
  readonly schemaVersion: number
  /** The file's SHA-256 matched its sidecar when listed. */
  readonly verified: boolean
  readonly revealToken: string | null
}

export type WriteBackupRequest = {
  readonly reason: BackupReason
  readonly bytes: Uint8Array
  /** SHA-256 (hex) of the exported tables; equal hashes mean unchanged data. */
  readonly contentHash: string
  readonly recordCount: number
  readonly schemaVersion: number
}

export type WriteBackupOutcome =
  | { readonly status: 'written'; readonly entry: BackupEntry }
  | { readonly status: 'unchanged'; readonly entry: BackupEntry }
  /** Browser edition: the backup was offered as a download. */
  | { readonly status: 'downloaded'; readonly fileName: string }

export type ReadBackupRequest = { readonly id: string }

/** A backup sent in chunks (decision 0023): begun, appended chunk by chunk, then finished or aborted. */
export type BeginBackupRequest = { readonly reason: BackupReason }
export type AppendBackupRequest = { readonly uploadId: string; readonly chunk: Uint8Array }
export type FinishBackupRequest = {
  readonly uploadId: string
  /** SHA-256 (hex) of the exported tables; equal hashes mean unchanged data. */
  readonly contentHash: string
  readonly recordCount: number
  readonly schemaVersion: number
}
export type AbortBackupRequest = { readonly uploadId: string }
export type ReadBackupChunkRequest = { readonly id: string; readonly offset: number; readonly length: number }
/** A chunk of a backup file the user picked or dropped, named by the token main gave it (`PickedFile.token`). */
export type ReadPickedFileChunkRequest = {
  readonly token: string
  readonly offset: number
  readonly length: number
}

/** The wipe-detection marker of a database (core/storage/checkDatabaseMarker.ts), as it crosses IPC. */
export type DatabaseMarkerRecord = {
  readonly format: 1
  readonly databaseName: string
  readonly identity: string
  readonly counts: Readonly<Record<string, number>>
  readonly lastChangeAt: string
  /** The audit log's entry count and newest hash (decision 0021); absent in older markers. */
  readonly auditHead?: { readonly count: number; readonly hash: string | null } | undefined
}
export type ReadDatabaseMarkerRequest = { readonly databaseName: string }
export type WriteDatabaseMarkerRequest = { readonly marker: DatabaseMarkerRecord }

export type MenuCommand =
  'open-settings' | 'go-unit' | 'go-evaluator' | 'go-manager' | 'show-about' | 'backup-now'

/** Backups main asks the renderer for: on its schedule and when the window closes. */
export type BackupRequestReason = Extract<BackupReason, 'scheduled' | 'quit'>

/** Everything the renderer may ask of the main process; `null` values mean the user cancelled. */
export type DesktopApi = {
  getAppInfo(): Promise<Result<AppInfo, DesktopError>>
  openFiles(request: OpenFilesRequest): Promise<Result<readonly PickedFile[] | null, DesktopError>>
  pickFolder(request: PickFolderRequest): Promise<Result<FolderContents | null, DesktopError>>
  readDroppedFiles(request: ReadDroppedFilesRequest): Promise<Result<FolderContents, DesktopError>>
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile | null, DesktopError>>
  showInFolder(request: ShowInFolderRequest): Promise<Result<null, DesktopError>>
  printToPdf(request: PrintToPdfRequest): Promise<Result<SavedFile | null, DesktopError>>
  listBackups(): Promise<Result<readonly BackupEntry[], DesktopError>>
  /** Starts a backup sent in chunks; main writes them to a part file as they arrive. */
  beginBackup(request: BeginBackupRequest): Promise<Result<{ readonly uploadId: string }, DesktopError>>
  /** One chunk (at most `MAX_BACKUP_CHUNK_BYTES`); answers the bytes received so far. */
  appendBackup(request: AppendBackupRequest): Promise<Result<{ readonly bytes: number }, DesktopError>>
  /** Commits the chunks as a backup (rename, read-back hash, sidecar, rotation). */
  finishBackup(request: FinishBackupRequest): Promise<Result<WriteBackupOutcome, DesktopError>>
  /** Drops a begun backup (cancelled, or the export failed); unknown ids are fine. */
  abortBackup(request: AbortBackupRequest): Promise<Result<null, DesktopError>>
  /** Up to `length` bytes of a backup from `offset`, and its size: a restore streams the file. */
  readBackupChunk(
    request: ReadBackupChunkRequest,
  ): Promise<Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>>
  /**
   * Up to `length` bytes from `offset` of a backup file the user picked or dropped, and its size:
   * a restore streams the file. The file must still have the size and time it had when picked.
   */
  readPickedFileChunk(
    request: ReadPickedFileChunkRequest,
  ): Promise<Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>>
  /** The marker main keeps in the profile folder; null when none (or an unreadable one). */
  readDatabaseMarker(
    request: ReadDatabaseMarkerRequest,
  ): Promise<Result<DatabaseMarkerRecord | null, DesktopError>>
  writeDatabaseMarker(request: WriteDatabaseMarkerRequest): Promise<Result<null, DesktopError>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onBackupRequested(listener: (reason: BackupRequestReason) => void): () => void
}

export type InvokeMethod = Exclude<keyof DesktopApi, 'onMenuCommand' | 'onBackupRequested'>

/**
 * Every invoke method, as a value: tests enumerate it against what main registers and what the
 * preload exposes. The type below fails to compile when a method is missing here.
 */
export const INVOKE_METHODS = [
  'getAppInfo',
  'openFiles',
  'pickFolder',
  'readDroppedFiles',
  'saveFile',
  'showInFolder',
  'printToPdf',
  'listBackups',
  'beginBackup',
  'appendBackup',
  'finishBackup',
  'abortBackup',
  'readBackupChunk',
  'readPickedFileChunk',
  'readDatabaseMarker',
  'writeDatabaseMarker',
] as const satisfies readonly InvokeMethod[]
type MissingInvokeMethod = Exclude<InvokeMethod, (typeof INVOKE_METHODS)[number]>
export const invokeMethodsAreComplete: MissingInvokeMethod extends never ? true : never = true

export type DesktopRequest<M extends InvokeMethod> = Parameters<DesktopApi[M]>[0]
export type DesktopResponse<M extends InvokeMethod> = Awaited<ReturnType<DesktopApi[M]>>

/** What crosses IPC for each method: the page-side request, except where the preload translates it. */
export type WireRequest<M extends InvokeMethod> = M extends 'readDroppedFiles'
  ? DroppedPathsRequest
  : DesktopRequest<M>

export const invokeChannel = <M extends InvokeMethod>(method: M) => `desktop:${method}` as const
export const MENU_COMMAND_CHANNEL = 'desktop:menuCommand'
export const BACKUP_REQUEST_CHANNEL = 'desktop:backupRequested'

/** Size limits shared by the dialogs and folder reads in main and the browser file input. */
export const FILE_LIMITS: Readonly<
  Record<FilePurpose, { readonly maxBytes: number; readonly extensions: readonly string[] }>
> = {
  // A questionnaire workbook (the reader refuses one above 20 MB) or a submission package (.zip with its evidence).
  workbook: { maxBytes: 100 * 1024 * 1024, extensions: ['xlsx', 'zip'] },
  framework: { maxBytes: 20 * 1024 * 1024, extensions: ['json', 'xlsx', 'csv'] },
  'unit-list': { maxBytes: 5 * 1024 * 1024, extensions: ['xlsx', 'csv'] },
  results: { maxBytes: 20 * 1024 * 1024, extensions: ['xlsx', 'csv'] },
  evidence: { maxBytes: 25 * 1024 * 1024, extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'zip'] },
  // Only where a backup would be read whole: a picked or dropped backup is streamed (desktop: a
  // token and readPickedFileChunk; browser: the File itself), whatever its size.
  backup: { maxBytes: 400 * 1024 * 1024, extensions: ['json'] },
}
export const FILE_PURPOSES = [
  'workbook',
  'framework',
  'unit-list',
  'results',
  'evidence',
  'backup',
] as const satisfies readonly FilePurpose[]
export const MAX_FILES_PER_PICK = 1000
export const MAX_SAVE_BYTES = 200 * 1024 * 1024
/** A folder pick or a drop returns at most this many bytes in all (one IPC reply). */
export const MAX_FOLDER_BYTES = 256 * 1024 * 1024
/** Subfolders deeper than this below a picked or dropped folder are not read. */
export const MAX_FOLDER_DEPTH = 3
/** A folder pick or drop looks at no more than this many directory entries. */
export const MAX_FOLDER_ENTRIES = 20_000
/** Paths in one drop. */
export const MAX_DROPPED_ITEMS = 200
export const MAX_BACKUP_BYTES = FILE_LIMITS.backup.maxBytes
/** One chunk of a backup sent or read in chunks, from the backups folder or a picked file (decision 0023). */
export const MAX_BACKUP_CHUNK_BYTES = 8 * 1024 * 1024
/** A backup sent in chunks: main holds one chunk at a time, so only the disk bounds it. */
export const MAX_STREAMED_BACKUP_BYTES = 64 * 1024 * 1024 * 1024

import type { Result } from '@core/result'
import type {
  AppInfo,
  BackupRequestReason,
  DesktopError,
  FilePurpose,
  FolderContents,
  MenuCommand,
  OpenFilesRequest,
  PickedFile,
  PrintToPdfRequest,
  SavedFile,
  SaveFileRequest,
} from '../../../shared/ipc/contract'
import type { Backups } from './backups'
import type { DatabaseMarkerStore } from './databaseMarkerStore'
import type { Snapshots } from './opfsSnapshots'

/** Why the page was reloaded by main (its renderer process had died), read from `?recovered=`. */
export type RecoveryNotice = { readonly reason: 'crashed' | 'oom' | 'killed' | 'other' }

/**
 * What the renderer may ask of its host. In the desktop app this is the preload bridge; in the
 * browser edition it is the browser's own file input, downloads and directory picker.
 */
export type Platform = {
  readonly runtime: 'desktop' | 'browser'
  getAppInfo(): Promise<Result<AppInfo, DesktopError>>
  openFiles(request: OpenFilesRequest): Promise<Result<readonly PickedFile[] | null, DesktopError>>
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile | null, DesktopError>>
  /** Reads every matching file of a folder the user picks; `null` when cancelled. The function is null where unsupported. */
  readonly pickFolder: ((purpose: FilePurpose) => Promise<Result<FolderContents | null, DesktopError>>) | null
  /**
   * Reads the files and folders of a drop. Call it synchronously inside the `drop` handler: the
   * browser empties `dataTransfer` once the handler returns.
   */
  readDropped(dataTransfer: DataTransfer, purpose: FilePurpose): Promise<Result<FolderContents, DesktopError>>
  /** Shows a file the app saved (by the token of its save result) in the OS file manager; null where unsupported. */
  readonly showInFolder: ((revealToken: string) => Promise<Result<null, DesktopError>>) | null
  /**
   * Prints the current screen with its print stylesheet. Desktop: a PDF saved where the user
   * chooses (`null` when cancelled). Browser: the browser's print dialog (print or save as PDF);
   * `{ printedBy: 'browser' }` once the dialog closed, whatever the user chose there.
   */
  printPage(
    request: PrintToPdfRequest,
  ): Promise<Result<SavedFile | { readonly printedBy: 'browser' } | null, DesktopError>>
  /** Automatic and manual backups; call `backups.backupNow(reason)` before a risky operation. */
  readonly backups: Backups
  /**
   * Browser edition: automatic snapshots in the origin-private file system (decision 0022), which
   * `backups.list()` lists and `backups.restore({ id })` restores. Null on the desktop.
   */
  readonly snapshots: Snapshots | null
  /** Markers of the wipe detection, kept outside IndexedDB (decision 0013). */
  readonly databaseMarkers: DatabaseMarkerStore
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onBackupRequested(listener: (reason: BackupRequestReason) => void): () => void
  /** Why main reloaded this page after a crash, once per page load; null otherwise. */
  takeRecoveryNotice(): RecoveryNotice | null
}

import type { Result } from '../../../core/result'
import type { AppInfo, DesktopError, OpenFilesRequest, PickedFile, SaveFileRequest } from '../../../shared/ipc/contract'

/**
 * What the renderer may ask of its host. In the desktop app this is the preload bridge; in the
 * browser edition it is the browser's own file input, downloads and directory picker.
 */
export type Platform = {
  readonly runtime: 'desktop' | 'browser'
  getAppInfo(): Promise<Result<AppInfo, DesktopError>>
  openFiles(request: OpenFilesRequest): Promise<Result<readonly PickedFile[] | null, DesktopError>>
  saveFile(request: SaveFileRequest): Promise<Result<{ readonly savedTo: string } | null, DesktopError>>
  /** Reads every file of a folder the user picks; `null` when cancelled or unsupported. */
  readonly pickFolder: ((purpose: OpenFilesRequest['purpose']) => Promise<Result<readonly PickedFile[] | null, DesktopError>>) | null
}

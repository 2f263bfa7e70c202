// The one door between the renderer and the main process: types and channel names only.
// No runtime imports: the sandboxed preload must bundle to a file that requires only `electron`.
import type { Result } from '../../core/result'

export type DesktopError =
  | { readonly code: 'untrusted-sender' }
  | { readonly code: 'invalid-request'; readonly issues: readonly string[] }
  | { readonly code: 'file-too-large'; readonly fileName: string; readonly maxBytes: number }
  | { readonly code: 'too-many-files'; readonly maxFiles: number }
  | { readonly code: 'io-failed'; readonly message: string }

/** What a file picked by the user is for; it decides the dialog's filters and size limit. */
export type FilePurpose = 'workbook' | 'framework' | 'unit-list' | 'evidence'

export type PickedFile = { readonly fileName: string; readonly bytes: Uint8Array }

export type OpenFilesRequest = { readonly purpose: FilePurpose; readonly multiple: boolean }

export type SaveFileRequest = { readonly suggestedName: string; readonly bytes: Uint8Array }

export type AppInfo = {
  readonly productName: string
  readonly version: string
  readonly runtime: 'desktop' | 'browser'
  readonly electron: string | null
  readonly chrome: string | null
  readonly node: string | null
  readonly platform: string
}

export type MenuCommand = 'open-settings' | 'go-unit' | 'go-evaluator' | 'go-manager' | 'show-about'

/** Everything the renderer may ask of the main process; `null` values mean the user cancelled. */
export type DesktopApi = {
  getAppInfo(): Promise<Result<AppInfo, DesktopError>>
  openFiles(request: OpenFilesRequest): Promise<Result<readonly PickedFile[] | null, DesktopError>>
  saveFile(request: SaveFileRequest): Promise<Result<{ readonly savedTo: string } | null, DesktopError>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

export type InvokeMethod = Exclude<keyof DesktopApi, 'onMenuCommand'>
export type DesktopRequest<M extends InvokeMethod> = Parameters<DesktopApi[M]>[0]
export type DesktopResponse<M extends InvokeMethod> = Awaited<ReturnType<DesktopApi[M]>>

export const invokeChannel = <M extends InvokeMethod>(method: M) => `desktop:${method}` as const
export const MENU_COMMAND_CHANNEL = 'desktop:menuCommand'

/** Size limits shared by the dialogs in main and the browser file input. */
export const FILE_LIMITS: Readonly<Record<FilePurpose, { readonly maxBytes: number; readonly extensions: readonly string[] }>> = {
  workbook: { maxBytes: 20 * 1024 * 1024, extensions: ['xlsx'] },
  framework: { maxBytes: 20 * 1024 * 1024, extensions: ['json', 'xlsx', 'csv'] },
  'unit-list': { maxBytes: 5 * 1024 * 1024, extensions: ['xlsx', 'csv'] },
  evidence: { maxBytes: 25 * 1024 * 1024, extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'zip'] },
}
export const MAX_FILES_PER_PICK = 1000
export const MAX_SAVE_BYTES = 200 * 1024 * 1024

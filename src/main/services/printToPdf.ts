import { ok, type Result } from '@core/result'
import type { DesktopError, PrintToPdfRequest, SavedFile } from '../../shared/ipc/contract'
import type { RevealRegistry } from './revealRegistry'

/**
 * The options given to Electron's `webContents.printToPDF`: A4 in the asked orientation and the
 * page's backgrounds (table header shading); the margins come from the stylesheet's `@page` rule,
 * which sets no size so that the orientation asked for holds.
 */
export type PdfOptions = {
  readonly pageSize: 'A4'
  readonly landscape: boolean
  readonly printBackground: true
  readonly preferCSSPageSize: false
  readonly generateDocumentOutline: false
}

/** What printing to PDF needs of Electron and the file system (injected so tests run in Node). */
export type PrintToPdfDeps = {
  showSaveDialog(options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>
  /** The main window's `webContents.printToPDF`; rejects when there is no window. */
  printToPDF(options: PdfOptions): Promise<Uint8Array>
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>
  readonly reveal: RevealRegistry
}

/**
 * Asks where to save, then prints the window's page (its print stylesheet: no navigation, tables
 * with repeated headers) to an A4 PDF and writes it through a temp file and rename. Cancelling the
 * dialog prints nothing and returns `null`.
 *
 * @example
 *   await printToPdf(deps, { suggestedName: 'xep-hang-2025.pdf', landscape: true })
 *   // => ok({ savedTo: 'C:\\Users\\…\\xep-hang-2025.pdf', revealToken: '…' })
 */
export async function printToPdf(
  deps: PrintToPdfDeps,
  request: PrintToPdfRequest,
): Promise<Result<SavedFile | null, DesktopError>> {
  const name = /\.pdf$/i.test(request.suggestedName) ? request.suggestedName : `${request.suggestedName}.pdf`
  const chosen = await deps.showSaveDialog({
    defaultPath: name,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  if (chosen.canceled || chosen.filePath === undefined) return ok(null)
  const pdf = await deps.printToPDF({
    pageSize: 'A4',
    landscape: request.landscape,
    printBackground: true,
    preferCSSPageSize: false,
    generateDocumentOutline: false,
  })
  await deps.writeFileAtomic(chosen.filePath, pdf)
  return ok({ savedTo: chosen.filePath, revealToken: deps.reveal.remember(chosen.filePath) })
}

import type { z } from 'zod'
import {
  invokeChannel,
  type InvokeMethod,
  type DesktopResponse,
  type WireRequest,
} from '../../shared/ipc/contract'
import { createHandler, type InvokeEventLike } from './createHandler'
import { requestSchemas } from './requestSchemas'

/** What registration needs of Electron's ipcMain. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, raw?: unknown) => Promise<unknown>): void
}

/** The main-process implementation of each invoke method of the bridge, taking what crosses IPC. */
export type DesktopServices = {
  readonly [M in InvokeMethod]: (request: WireRequest<M>) => Promise<DesktopResponse<M>>
}

/**
 * Registers every method of the bridge, one line each, so the whole surface reads at a glance.
 *
 * @example
 *   registerHandlers(ipcMain, services, (url) => isTrustedRendererUrl(url))
 */
export function registerHandlers(
  ipcMain: IpcMainLike,
  services: DesktopServices,
  isTrustedSender: (url: string | undefined) => boolean,
): void {
  const schemas: { readonly [M in InvokeMethod]: z.ZodType<WireRequest<M>> } = requestSchemas
  const register = <M extends InvokeMethod>(method: M) =>
    ipcMain.handle(invokeChannel(method), createHandler(schemas[method], services[method], isTrustedSender))
  register('getAppInfo')
  register('openFiles')
  register('pickFolder')
  register('readDroppedFiles')
  register('saveFile')
  register('showInFolder')
  register('printToPdf')
  register('listBackups')
  register('beginBackup')
  register('appendBackup')
  register('finishBackup')
  register('abortBackup')
  register('readBackupChunk')
  register('readPickedFileChunk')
  register('readDatabaseMarker')
  register('writeDatabaseMarker')
}

import { invokeChannel, type DesktopApi, type DesktopRequest, type DesktopResponse } from '../../shared/ipc/contract'
import { createHandler, type InvokeEventLike } from './createHandler'
import { requestSchemas } from './requestSchemas'

/** What registration needs of Electron's ipcMain. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, raw?: unknown) => Promise<unknown>): void
}

/** The main-process implementation of each invoke method of the bridge. */
export type DesktopServices = {
  readonly [M in Exclude<keyof DesktopApi, 'onMenuCommand'>]: (
    request: DesktopRequest<M>,
  ) => Promise<DesktopResponse<M>>
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
  ipcMain.handle(invokeChannel('getAppInfo'), createHandler(requestSchemas.getAppInfo, services.getAppInfo, isTrustedSender))
  ipcMain.handle(invokeChannel('openFiles'), createHandler(requestSchemas.openFiles, services.openFiles, isTrustedSender))
  ipcMain.handle(invokeChannel('saveFile'), createHandler(requestSchemas.saveFile, services.saveFile, isTrustedSender))
}

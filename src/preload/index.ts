// Builds and exposes window.desktop; nothing else. Sandboxed: at run time it may require only
// `electron`, and the renderer never sees ipcRenderer, channel names or Electron events.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { invokeChannel, MENU_COMMAND_CHANNEL, type DesktopApi, type MenuCommand } from '../shared/ipc/contract'

const desktop: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(invokeChannel('getAppInfo')),
  openFiles: (request) => ipcRenderer.invoke(invokeChannel('openFiles'), request),
  saveFile: (request) => ipcRenderer.invoke(invokeChannel('saveFile'), request),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command)
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward)
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward)
  },
}

contextBridge.exposeInMainWorld('desktop', desktop)

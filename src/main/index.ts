// Lifecycle only: wires Electron to the testable modules beside this file.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron'
import { stat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_ENTRY_URL, APP_SCHEME, resolveAppRequest } from './appProtocol'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { registerHandlers } from './ipc/registerHandlers'
import { buildMenuTemplate } from './menuTemplate'
import { readAppInfo } from './services/appInfo'
import { openFiles, saveFile, type FileDialogDeps } from './services/fileDialogs'
import { writeFileAtomic } from './services/writeFileAtomic'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/contract'
import { denyAllPermissions, installNavigationGuards, isTrustedRendererUrl, mainWindowOptions } from './window'

const userDataOverride = process.env['ICTWB_USER_DATA_DIR']
if (userDataOverride) app.setPath('userData', userDataOverride)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
])

let mainWindow: BrowserWindow | null = null
const rendererRoot = join(__dirname, '../renderer')

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url)
    if (!resolved.ok) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(join(rendererRoot, resolved.value.relativePath)).toString())
    const headers = new Headers(response.headers)
    headers.set('content-type', resolved.value.mimeType)
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers })
  })
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command)
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js'), !app.isPackaged))
  mainWindow = window
  installNavigationGuards(window.webContents)
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  void window.loadURL(APP_ENTRY_URL)
}

const fileDeps: FileDialogDeps = {
  showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options as Electron.OpenDialogOptions) : dialog.showOpenDialog(options as Electron.OpenDialogOptions)),
  showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
  fileSize: async (path) => (await stat(path)).size,
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFileAtomic,
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents))
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(() => {
    serveAppProtocol()
    denyAllPermissions(session.defaultSession)
    registerHandlers(
      ipcMain,
      {
        getAppInfo: () => readAppInfo(app.getVersion(), process.versions, process.platform),
        openFiles: (request) => openFiles(fileDeps, request),
        saveFile: (request) => saveFile(fileDeps, request),
      },
      (url) => isTrustedRendererUrl(url),
    )
    const language = app.getLocale().startsWith('en') ? 'en' : 'vi'
    // The template is a plain subset of Electron's options, typed without importing electron so tests can build it.
    const template = buildMenuTemplate(language, sendMenuCommand) as unknown as Electron.MenuItemConstructorOptions[]
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    createMainWindow()
  })
}

// Lifecycle only: wires Electron to the testable modules beside this file.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import { access, readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_ENTRY_URL, APP_SCHEME, resolveAppRequest } from './appProtocol'
import { createBackupScheduler, type BackupScheduler } from './backupScheduler'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { registerHandlers } from './ipc/registerHandlers'
import { MAIN_MESSAGES } from './mainMessages'
import { buildMenuTemplate, type MenuLanguage } from './menuTemplate'
import { createRendererRecovery } from './rendererRecovery'
import { readAppInfo } from './services/appInfo'
import { createBackupStore } from './services/backupStore'
import { createDatabaseMarkerFiles } from './services/databaseMarkerFile'
import { readDroppedPaths } from './services/droppedPaths'
import { openFiles, pickFolder, saveFile, showInFolder, type FileDialogDeps } from './services/fileDialogs'
import { readFolder } from './services/folderReader'
import { createPickedFiles } from './services/pickedFiles'
import { printToPdf } from './services/printToPdf'
import { createRevealRegistry } from './services/revealRegistry'
import { writeFileAtomic } from './services/writeFileAtomic'
import { BACKUP_REQUEST_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/contract'
import {
  denyAllPermissions,
  installNavigationGuards,
  isTrustedRendererUrl,
  mainWindowOptions,
} from './window'

const userDataOverride = process.env['ICTWB_USER_DATA_DIR']
if (userDataOverride) app.setPath('userData', userDataOverride)

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
  },
])

let mainWindow: BrowserWindow | null = null
let scheduler: BackupScheduler | null = null
const rendererRoot = join(__dirname, '../renderer')
const reveal = createRevealRegistry()
/** Backup files the user picked or dropped, read by token in chunks by a restore (decision 0003). */
const pickedFiles = createPickedFiles()
const databaseMarkers = createDatabaseMarkerFiles({
  folder: join(app.getPath('userData'), 'database-markers'),
})
const backupStore = createBackupStore({
  folder: join(app.getPath('userData'), 'backups'),
  revealToken: (path) => reveal.remember(path),
})
const language = (): MenuLanguage => (app.getLocale().startsWith('en') ? 'en' : 'vi')

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url)
    if (!resolved.ok) return new Response('Not found', { status: 404 })
    const response = await net.fetch(
      pathToFileURL(join(rendererRoot, resolved.value.relativePath)).toString(),
    )
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
  let rendererReady = false
  installNavigationGuards(window.webContents)
  const backups = createBackupScheduler({
    request: (reason) => window.webContents.send(BACKUP_REQUEST_CHANNEL, reason),
    canRequest: () => rendererReady && !window.isDestroyed() && !window.webContents.isCrashed(),
    closeWindow: () => window.close(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
  })
  scheduler = backups
  const recovery = createRendererRecovery({
    now: () => Date.now(),
    load: (url) => void window.loadURL(url),
    giveUp: (reason) => {
      const messages = MAIN_MESSAGES[language()]
      void dialog
        .showMessageBox(window, {
          type: 'error',
          title: messages.crashLoopTitle,
          message: messages.crashLoopTitle,
          detail: messages.crashLoopDetail(reason),
          buttons: [messages.reload, messages.quit],
          defaultId: 0,
          cancelId: 1,
        })
        .then(({ response }) => (response === 0 ? void window.loadURL(APP_ENTRY_URL) : app.quit()))
    },
  })
  window.webContents.on('did-finish-load', () => {
    rendererReady = true
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    rendererReady = false
    recovery.onRenderProcessGone(details, window.webContents.getURL())
  })
  window.on('close', (event) => backups.onWindowClose(event))
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    backups.stop()
    mainWindow = null
    scheduler = null
  })
  void window.loadURL(APP_ENTRY_URL)
  backups.start()
}

const fileDeps: FileDialogDeps = {
  showOpenDialog: (options) =>
    mainWindow
      ? dialog.showOpenDialog(mainWindow, options as Electron.OpenDialogOptions)
      : dialog.showOpenDialog(options as Electron.OpenDialogOptions),
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  fileSize: async (path) => (await stat(path)).size,
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFileAtomic,
  readFolder: (folder, purpose) => readFolder(folder, purpose, pickedFiles),
  fileExists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  showItemInFolder: (path) => shell.showItemInFolder(path),
  reveal,
  picked: pickedFiles,
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
        pickFolder: (request) => pickFolder(fileDeps, request),
        readDroppedFiles: (request) =>
          readDroppedPaths(
            request,
            {
              forbiddenFolders: [app.getPath('userData'), app.getAppPath(), dirname(app.getPath('exe'))],
              platform: process.platform,
            },
            pickedFiles,
          ),
        saveFile: (request) => saveFile(fileDeps, request),
        showInFolder: (request) => showInFolder(fileDeps, request),
        printToPdf: (request) =>
          printToPdf(
            {
              ...fileDeps,
              printToPDF: async (options) => {
                if (mainWindow === null) throw new Error('No window to print')
                return new Uint8Array(await mainWindow.webContents.printToPDF(options))
              },
            },
            request,
          ),
        listBackups: async () => ({ ok: true, value: await backupStore.list() }),
        beginBackup: (request) => backupStore.begin(request.reason),
        appendBackup: (request) => backupStore.append(request.uploadId, request.chunk),
        finishBackup: async (request) => {
          const reason = backupStore.reasonOf(request.uploadId)
          try {
            return await backupStore.finish(request)
          } finally {
            if (reason !== null) scheduler?.backupSettled(reason)
          }
        },
        abortBackup: async (request) => {
          const reason = backupStore.reasonOf(request.uploadId)
          try {
            return await backupStore.abort(request.uploadId)
          } finally {
            if (reason !== null) scheduler?.backupSettled(reason)
          }
        },
        readBackupChunk: (request) => backupStore.readChunk(request.id, request.offset, request.length),
        readPickedFileChunk: (request) =>
          pickedFiles.readChunk(request.token, request.offset, request.length),
        readDatabaseMarker: (request) => databaseMarkers.read(request.databaseName),
        writeDatabaseMarker: (request) => databaseMarkers.write(request.marker),
      },
      (url) => isTrustedRendererUrl(url),
    )
    // The template is a plain subset of Electron's options, typed without importing electron so tests can build it.
    const template = buildMenuTemplate(
      language(),
      sendMenuCommand,
    ) as unknown as Electron.MenuItemConstructorOptions[]
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    createMainWindow()
  })
}

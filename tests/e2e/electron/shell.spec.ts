// Desktop-shell flows in the real app (release gate; skipped with a printed reason where the
// Electron runtime cannot be installed, see scripts/test-all.sh). Each test gets a fresh profile.
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let app: ElectronApplication
let userData: string

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'ictwb-electron-shell-'))
  app = await _electron.launch({ args: ['.'], env: { ...process.env, ICTWB_USER_DATA_DIR: userData } })
})

test.afterEach(async () => {
  await app.close().catch(() => undefined)
})

async function ready(): Promise<Page> {
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return page
}

test('exposes exactly the bridge methods and no Node or Electron API to the page (SEC-02, SEC-20)', async () => {
  const page = await ready()

  const surface = await page.evaluate(() => ({
    desktop: Object.keys((window as unknown as { desktop: object }).desktop).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
  }))

  expect(surface).toEqual({
    desktop: [
      'abortBackup',
      'appendBackup',
      'beginBackup',
      'finishBackup',
      'getAppInfo',
      'listBackups',
      'onBackupRequested',
      'onMenuCommand',
      'openFiles',
      'pickFolder',
      'printToPdf',
      'readBackupChunk',
      'readDatabaseMarker',
      'readDroppedFiles',
      'readPickedFileChunk',
      'saveFile',
      'showInFolder',
      'writeDatabaseMarker',
    ],
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
  })
})

test('blocks requests to the network and inline scripts (SEC-01, SEC-04)', async () => {
  const page = await ready()

  const fetched = await page.evaluate(() =>
    fetch('https://example.org/').then(
      () => 'fetched',
      () => 'blocked',
    ),
  )
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })

  expect(fetched).toBe('blocked')
  expect(inlineRan).toBe(false)
})

test('denies permissions such as notifications (SEC-03)', async () => {
  const page = await ready()

  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied')
})

test('writes a verified backup with its sidecar into the profile and lists it in Settings', async () => {
  const page = await ready()
  await page.goto('app://workbench/index.html#/settings')

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click()

  await expect(page.getByRole('status')).toContainText('Đã sao lưu')
  await expect(page.getByRole('cell', { name: /Đã kiểm tra/ })).toHaveCount(1)
  const files = (await readdir(join(userData, 'backups'))).sort()
  expect(files).toHaveLength(2)
  expect(files[1]).toMatch(/\.meta\.json$/)
})

test('refuses to restore a backup whose file was damaged on disk', async () => {
  const page = await ready()
  await page.goto('app://workbench/index.html#/settings')
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
  await expect(page.getByRole('status')).toContainText('Đã sao lưu')
  const data = (await readdir(join(userData, 'backups'))).find(
    (name) => !name.endsWith('.meta.json'),
  ) as string
  const bytes = await readFile(join(userData, 'backups', data))
  bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 1
  await writeFile(join(userData, 'backups', data), bytes)
  await page.reload()

  await expect(page.getByRole('cell', { name: /Bị hỏng/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Khôi phục bản sao lưu lúc/ })).toBeDisabled()
})

test('reloads the window after the renderer crashes and says what happened', async () => {
  const page = await ready()
  await page.goto('app://workbench/index.html#/settings')

  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
  )
  const reloaded = await app.firstWindow()

  await expect(reloaded.getByRole('alert')).toContainText('Cửa sổ ứng dụng đã được khởi động lại')
  expect(reloaded.url()).toBe('app://workbench/index.html#/settings')
})

test('shows the About dialog from the Help menu with the versions', async () => {
  const page = await ready()

  await app.evaluate(({ Menu }) => {
    const help = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Trợ giúp')
    help?.submenu?.items[0]?.click()
  })

  await expect(page.getByRole('dialog', { name: /Giới thiệu/ })).toContainText(/Electron \d+/)
})

test('makes a backup when the window is closed', async () => {
  const page = await ready()
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('ict-index-workbench')
        open.onsuccess = () => {
          const transaction = open.result.transaction('settings', 'readwrite')
          transaction.objectStore('settings').put({ key: 'probe', value: 'closing' })
          transaction.oncomplete = () => resolve()
        }
      }),
  )

  await app.close()

  const sidecars = (await readdir(join(userData, 'backups'))).filter((name) => name.endsWith('.meta.json'))
  expect(sidecars).toHaveLength(1)
  expect(JSON.parse(await readFile(join(userData, 'backups', sidecars[0] as string), 'utf8'))).toMatchObject({
    reason: 'quit',
  })
})

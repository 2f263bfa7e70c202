import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

// Issue 20, items 4 and 6: Chromium sometimes empties the whole IndexedDB database (after a full
// disk, a corrupt profile, site data cleared). The marker kept in localStorage must turn that
// into a visible, recoverable event: the app blocks, explains, and restores from a backup.

const MARKER_KEY = 'ictwb.databaseMarker.ict-index-workbench'

/** The marker's row counts, as the running app last wrote them to localStorage. */
const markerCounts = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key)
    return text === null ? null : (JSON.parse(text) as { counts: Record<string, number> }).counts
  }, MARKER_KEY)

/**
 * Empties the origin's IndexedDB the way Chromium does it, under the running app: every
 * connection is closed from the browser side; localStorage is kept.
 */
async function wipeIndexedDb(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  })
  await session.detach()
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((entry) => entry.name))
  expect(names).not.toContain('ict-index-workbench')
}

test('a database emptied under the running app blocks the next start, explains, and restores from a backup file', async ({
  appPage,
  problems,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)
  const questionnaireURL = appPage.url()
  await questionnaire.typeAnswer('SoCuocHopBCD', '7')
  await questionnaire.waitUntilSaved()
  await questionnaire.typeAnswer('SoCuocHopChuTri', '3')
  await questionnaire.waitUntilSaved()
  await expect.poll(async () => (await markerCounts(appPage))?.['submissions'] ?? 0).toBe(1)

  await appPage.goto('/#/settings')
  const download = appPage.waitForEvent('download')
  await appPage.getByRole('button', { name: 'Tải bản sao lưu' }).click()
  const backupPath = await (await download).path()
  const backupBytes = readFileSync(backupPath)
  const before = await markerCounts(appPage)

  await wipeIndexedDb(appPage)
  await appPage.reload()

  const screen = appPage.getByRole('alert').filter({ has: appPage.getByRole('heading', { level: 1 }) })
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu trên máy này đã bị mất')
  await expect(screen).toContainText('Kho dữ liệu của ứng dụng trên máy này đang trống.')
  await expect(screen).toContainText('Ứng dụng chưa ghi gì vào kho dữ liệu kể từ khi phát hiện việc này')
  await expect(screen.getByRole('row', { name: /Phiếu khai 1 0/ })).toBeVisible()
  // Blocked: no navigation, no screen of the app under it; the marker still holds what was lost.
  await expect(appPage.getByRole('navigation')).toHaveCount(0)
  expect(await markerCounts(appPage)).toEqual(before)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/database-wipe-vi.png' })
  await appPage.getByLabel('Ngôn ngữ / Language').selectOption('en')
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('The data on this computer is gone')
  await expect(screen.getByRole('row', { name: /Submissions 1 0/ })).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/database-wipe-en.png' })
  await appPage.getByLabel('Ngôn ngữ / Language').selectOption('vi')

  // Nothing was written while blocked: the recreated database holds only the row every opening
  // records (which app version wrote which data format), no identity and no data.
  const rowsWhileBlocked = await appPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const database = request.result
          const names = [...database.objectStoreNames]
          if (names.length === 0) {
            database.close()
            resolve([])
            return
          }
          const transaction = database.transaction(names)
          const rows: string[] = []
          for (const name of names)
            transaction.objectStore(name).getAllKeys().onsuccess = (event) => {
              for (const key of (event.target as IDBRequest<IDBValidKey[]>).result)
                rows.push(`${name}:${String(key)}`)
            }
          transaction.oncomplete = () => {
            database.close()
            resolve(rows)
          }
        }
      }),
  )
  expect(rowsWhileBlocked.filter((row) => row !== 'settings:schemaWriter')).toEqual([])

  const chooser = appPage.waitForEvent('filechooser')
  await screen.getByRole('button', { name: 'Chọn tệp sao lưu…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'ict-index-workbench-backup.json', mimeType: 'application/json', buffer: backupBytes })
  await expect(appPage.getByText(/Đã khôi phục \d+ bản ghi/)).toBeVisible()
  await expect(appPage.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 })

  await appPage.goto(questionnaireURL)
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('7')
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  await appPage.reload()
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('7')
  expect(await markerCounts(appPage)).toMatchObject({ submissions: 1 })
  // Errors logged by the page while its database vanished under it are expected; none after.
  expect(problems.filter((problem) => !problem.startsWith('console:'))).toEqual([])
})

test('accepting the emptied database asks for confirmation, records it, and starts over', async ({
  appPage,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)
  await questionnaire.typeAnswer('SoCuocHopBCD', '7')
  await questionnaire.waitUntilSaved()
  await expect.poll(async () => (await markerCounts(appPage))?.['submissions'] ?? 0).toBe(1)

  await wipeIndexedDb(appPage)
  await appPage.reload()
  const screen = appPage.getByRole('alert').filter({ has: appPage.getByRole('heading', { level: 1 }) })
  await screen.getByRole('button', { name: 'Chấp nhận kho dữ liệu hiện tại và bắt đầu lại' }).click()
  const dialog = appPage.getByRole('dialog', { name: 'Bắt đầu lại mà không có dữ liệu cũ?' })
  await dialog.getByRole('button', { name: 'Quay lại' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(screen).toBeVisible()

  await screen.getByRole('button', { name: 'Chấp nhận kho dữ liệu hiện tại và bắt đầu lại' }).click()
  await expect(dialog).toContainText(/\d+ bản ghi ứng dụng thấy lần trước/)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/database-wipe-confirm-vi.png' })
  await dialog.getByRole('button', { name: 'Bắt đầu lại', exact: true }).click()
  await expect(appPage.getByRole('navigation').first()).toBeVisible()
  await appPage.reload()
  await expect(appPage.getByRole('navigation').first()).toBeVisible()
  await expect(appPage.getByRole('heading', { name: 'Dữ liệu trên máy này đã bị mất' })).toHaveCount(0)
  expect(await markerCounts(appPage)).toMatchObject({ submissions: 0 })
  const resets = await appPage.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('settings').objectStore('settings').get('database.resets')
          read.onsuccess = () => {
            resolve(read.result)
            request.result.close()
          }
        }
      }),
  )
  expect(resets).toMatchObject({
    value: [{ reason: 'emptied', previous: { counts: { submissions: 1 } } }],
  })
})

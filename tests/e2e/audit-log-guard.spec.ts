import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

// Issue 20: a change log cut short outside the app blocks the next start (the marker keeps the
// log's head), and a backup whose log chain is broken restores only with a reason that the
// restored log keeps.

const MARKER_KEY = 'ictwb.databaseMarker.ict-index-workbench'

type LogRow = { seq: number; action?: string; detail?: unknown; [field: string]: unknown }

/** The audit log's rows, straight from IndexedDB, by sequence number. */
const logRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<LogRow[]>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const database = request.result
          const read = database.transaction('auditLog').objectStore('auditLog').getAll()
          read.onsuccess = () => {
            database.close()
            resolve(read.result as LogRow[])
          }
        }
      }),
  )

/** Runs `change` on the audit log store in one read-write transaction from the page. */
async function changeLog(page: Page, change: 'delete-last' | 'edit-first'): Promise<void> {
  await page.evaluate(
    (what) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const database = request.result
          const transaction = database.transaction('auditLog', 'readwrite')
          const store = transaction.objectStore('auditLog')
          const cursor = store.openCursor(null, what === 'delete-last' ? 'prev' : 'next')
          cursor.onsuccess = () => {
            const row = cursor.result
            if (row === null) return
            if (what === 'delete-last') row.delete()
            else row.update({ ...(row.value as object), at: '2000-01-01T00:00:00.000Z' })
          }
          transaction.oncomplete = () => {
            database.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    change,
  )
}

async function someLoggedWork(page: Page): Promise<void> {
  const questionnaire = await openDtiQuestionnaire(page)
  await questionnaire.typeAnswer('SoCuocHopBCD', '7')
  await questionnaire.waitUntilSaved()
  await questionnaire.typeAnswer('SoCuocHopChuTri', '3')
  await questionnaire.waitUntilSaved()
  await expect.poll(async () => (await logRows(page)).length).toBeGreaterThanOrEqual(2)
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const marker = JSON.parse(localStorage.getItem(key) ?? '{}') as { auditHead?: { count?: number } }
        return marker.auditHead?.count ?? 0
      }, MARKER_KEY),
    )
    .toBe((await logRows(page)).length)
}

test('a change log cut short outside the app blocks the next start and says so', async ({ appPage }) => {
  await someLoggedWork(appPage)
  await changeLog(appPage, 'delete-last')
  await appPage.reload()
  const screen = appPage.getByRole('alert').filter({ has: appPage.getByRole('heading', { level: 1 }) })
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(
    'Nhật ký thay đổi trên máy này đã bị cắt bớt',
  )
  await expect(screen).toContainText('Nhật ký thay đổi của ứng dụng trên máy này đã mất mục hoặc bị sửa')
  await expect(appPage.getByRole('navigation')).toHaveCount(0)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/log-truncated-vi.png' })
  await appPage.getByLabel('Ngôn ngữ / Language').selectOption('en')
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(
    'The change log on this computer was cut short',
  )
  await expect(screen).toContainText("The app's change log on this computer lost entries or was edited")
  await appPage.screenshot({ path: 'test-results/screenshots/log-truncated-en.png' })
})

test('a backup whose log chain is broken restores only with a reason, which the restored log keeps', async ({
  appPage,
}) => {
  await someLoggedWork(appPage)
  // An entry edited in place: the count and the newest hash are unchanged, so the app starts,
  // but the chain no longer verifies — and the backup taken now carries that log.
  await changeLog(appPage, 'edit-first')
  const before = await logRows(appPage)
  await appPage.goto('/#/settings')
  const download = appPage.waitForEvent('download')
  await appPage.getByRole('button', { name: 'Tải bản sao lưu' }).click()
  const backupBytes = readFileSync(await (await download).path())

  const restoreFromFile = async () => {
    const chooser = appPage.waitForEvent('filechooser')
    await appPage.getByRole('button', { name: 'Khôi phục từ tệp…' }).click()
    await (
      await chooser
    ).setFiles({ name: 'ict-index-workbench-backup.json', mimeType: 'application/json', buffer: backupBytes })
    await appPage
      .getByRole('dialog', { name: 'Khôi phục bản sao lưu này?' })
      .getByRole('button', { name: 'Khôi phục', exact: true })
      .click()
  }
  await restoreFromFile()
  const form = appPage.getByTestId('chain-override')
  await expect(form).toBeVisible()
  await expect(appPage.getByRole('status').filter({ hasText: 'chuỗi toàn vẹn đứt' })).toBeVisible()
  expect((await logRows(appPage)).length).toBe(before.length)
  const confirm = form.getByRole('button', { name: 'Khôi phục dù nhật ký bị đứt' })
  await expect(confirm).toBeDisabled()
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/restore-chain-override-vi.png' })

  await form
    .getByLabel('Lý do khôi phục dù nhật ký bị đứt')
    .fill('Bản duy nhất còn lại sau sự cố máy ngày 02/12')
  await confirm.click()
  await expect(appPage.getByText(/Đã khôi phục \d+ bản ghi/)).toBeVisible({ timeout: 20_000 })
  await expect(appPage.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 })
  const after = await logRows(appPage)
  // The restored log: the backup's entries, then the override with its reason, then the restore.
  const override = after.find((row) => row.action === 'backup.restored-broken-chain')
  expect(JSON.stringify(override)).toContain('Bản duy nhất còn lại sau sự cố máy ngày 02/12')
  expect(after.at(-1)?.action).toBe('database.restored')
  expect(after.indexOf(override as LogRow)).toBeGreaterThanOrEqual(before.length)
})

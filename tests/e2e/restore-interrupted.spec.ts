import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, presetKnownAddress, presetOperators, test } from './fixtures'
import { killChromium, launchKillable, type KillableChromium } from './killableChromium'
import { evidenceDigests, fillEvidence } from './pages/evidenceRows'

// Decision 0030: a restore writes large files ahead of its final transaction (Chromium cannot
// commit one transaction holding ~500 MB of them). Killed midway, as in a crash, the data in use
// must be exactly what it was, the next start must remove what was written ahead (without
// showing the wipe screen), and the same restore must then go through.

const ROWS = 24
const ROW_BYTES = 8 * 1024 * 1024

/** How many rows the `restore.pending` settings row lists (what the restore wrote ahead), read straight from IndexedDB. */
const pendingRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('settings').objectStore('settings').get('restore.pending')
          read.onsuccess = () => {
            const rows = (read.result as { value?: { rows?: Record<string, unknown[]> } } | undefined)?.value
              ?.rows
            resolve(
              rows === undefined ? null : Object.values(rows).reduce((total, keys) => total + keys.length, 0),
            )
            request.result.close()
          }
          read.onerror = () => reject(read.error)
        }
      }),
  )

async function startRestore(page: Page, file: string): Promise<void> {
  await page.goto(new URL('#/settings', page.url()).href)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click()
  await (await chooser).setFiles(file)
  await page
    .getByRole('dialog', { name: 'Khôi phục bản sao lưu này?' })
    .getByRole('button', { name: 'Khôi phục', exact: true })
    .click()
}

test('a restore killed midway leaves the data as it was; the next start cleans up and the restore then succeeds', async ({
  appPage,
  baseURL,
}) => {
  test.setTimeout(8 * 60_000)
  const folder = mkdtempSync(join(tmpdir(), 'ictwb-restore-kill-'))
  let running: KillableChromium | null = null
  try {
    // 1. A backup holding 24 files of 8 MB (192 MB: three transactions' worth written ahead).
    await appPage.goto('/#/settings')
    const backupButton = appPage.getByRole('button', { name: 'Tải bản sao lưu' })
    await expect(backupButton).toBeVisible()
    await fillEvidence(appPage, { rows: ROWS, rowBytes: ROW_BYTES, idPrefix: 'backup' })
    const inBackup = await evidenceDigests(appPage)
    expect(inBackup).toHaveLength(ROWS)
    const download = appPage.waitForEvent('download', { timeout: 120_000 })
    await backupButton.click()
    const backupFile = join(folder, 'backup.json')
    copyFileSync(await (await download).path(), backupFile)

    // 2. Another machine's profile with its own data, the marker following it.
    const profile = join(folder, 'profile')
    const appURL = new URL('#/settings', baseURL ?? 'http://127.0.0.1:4790/').href
    const initScripts = [presetOperators, presetKnownAddress]
    running = await launchKillable(profile, appURL, { initScripts })
    await expect(running.page.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeVisible({
      timeout: 60_000,
    })
    await fillEvidence(running.page, { rows: 3, rowBytes: 64 * 1024, idPrefix: 'current' })
    await running.page.reload()
    await expect(running.page.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeVisible({
      timeout: 60_000,
    })
    const current = await evidenceDigests(running.page)
    expect(current.map((row) => row.id)).toEqual(['current-000', 'current-001', 'current-002'])

    // 3. The restore, killed once files have gone in ahead of its final transaction.
    await startRestore(running.page, backupFile)
    const page = running.page
    await expect
      .poll(() => pendingRows(page), { timeout: 180_000, intervals: [50] })
      .toBeGreaterThanOrEqual(8)
    killChromium(running)
    running = null

    // 4. The next start: no wipe screen, the data as it was, nothing left of the restore.
    running = await launchKillable(profile, appURL, { initScripts })
    await expect(running.page.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeVisible({
      timeout: 60_000,
    })
    await expect(running.page.getByText('Dữ liệu trên máy này đã bị mất')).toHaveCount(0)
    expect(await pendingRows(running.page)).toBeNull()
    expect(await evidenceDigests(running.page)).toEqual(current)

    // 5. The same restore again, to the end, while a second window of the app opens midway: it
    // must leave the files this restore wrote ahead alone (the restore holds the Web Lock).
    await startRestore(running.page, backupFile)
    const restoring = running.page
    await expect
      .poll(() => pendingRows(restoring), { timeout: 180_000, intervals: [50] })
      .toBeGreaterThanOrEqual(8)
    const second = await running.page.context().newPage()
    await second.goto(appURL)
    await expect(second.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeVisible({ timeout: 60_000 })
    await second.close()
    await expect(running.page.getByText(/Đã khôi phục [\d.]+ bản ghi/)).toBeVisible({ timeout: 180_000 })
    // The app reopens its database after a restore: read once it shows Settings again.
    await running.page.reload()
    await expect(running.page.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeVisible({
      timeout: 60_000,
    })
    await expect(running.page.getByText('Dữ liệu trên máy này đã bị mất')).toHaveCount(0)
    expect(await evidenceDigests(running.page)).toEqual(inBackup)
    expect(await pendingRows(running.page)).toBeNull()
  } finally {
    if (running !== null) killChromium(running)
    rmSync(folder, { recursive: true, force: true })
  }
})

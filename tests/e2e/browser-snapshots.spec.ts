import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { chunksOf, decodeBackupStream } from '@core/formats/backup/backupStream'
import { expect, test } from './fixtures'
import { switchLanguage } from './guideScreens'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

// Issue 20, item 4, browser edition (decision 0022): automatic snapshots in the origin-private
// file system, listed in Settings, restored after the database was emptied, downloaded; and the
// reminder to download a backup file after 7 days without one.

/** Empties the origin's IndexedDB under the running app, as Chromium does (localStorage and OPFS kept). */
async function wipeIndexedDb(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  })
  await session.detach()
}

const decode = async (path: string) => decodeBackupStream(chunksOf(new Uint8Array(readFileSync(path))))

test('a snapshot is taken, listed, downloaded, and restores the data after the database was emptied', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const questionnaire = await openDtiQuestionnaire(appPage)
  const questionnaireURL = appPage.url()
  await questionnaire.typeAnswer('SoCuocHopBCD', '7')
  await questionnaire.waitUntilSaved()
  // The wipe detection's marker has seen the answer, so emptying the database is noticed.
  await expect
    .poll(() =>
      appPage.evaluate(() => localStorage.getItem('ictwb.databaseMarker.ict-index-workbench') ?? ''),
    )
    .toContain('"submissions":1')

  await appPage.goto('/#/settings')
  const section = appPage.getByRole('region', { name: 'Sao lưu' })
  await expect(section).toContainText('Trình duyệt tự lưu bản sao toàn bộ dữ liệu 30 phút một lần')
  await expect(section).toContainText('Chưa có bản sao lưu tự động nào.')
  await section.getByRole('button', { name: 'Tạo bản sao lưu ngay' }).click()
  await expect(section.getByRole('status')).toContainText(/Đã sao lưu \(.+, \d+ bản ghi\)\./)
  // By class: the section's name changes with the language.
  const rows = appPage.locator('section.backups .backup-table tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  await expect(rows.first()).toContainText('Thủ công')
  await expect(rows.first()).toContainText('✓ Đã kiểm tra')
  await section.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/browser-snapshots-vi.png' })
  await switchLanguage(appPage, 'en')
  await expect(rows.first()).toContainText('By hand')
  // The outcome shown before the switch is reworded too, not left in Vietnamese.
  await expect(appPage.getByRole('region', { name: 'Backups' }).getByRole('status')).toContainText(
    /^Backup made \(.+, \d+ records\)\.$/,
  )
  await expect(appPage.getByRole('region', { name: 'Backups' })).toContainText(
    'These copies live in the browser profile, for this page',
  )
  await appPage.screenshot({ path: 'test-results/screenshots/browser-snapshots-en.png' })
  await switchLanguage(appPage, 'vi')

  // The snapshot's file downloads as a whole backup (format 2) holding the answer.
  const download = appPage.waitForEvent('download')
  await rows
    .first()
    .getByRole('button', { name: /^Tải về bản sao lưu lúc/ })
    .click()
  const downloaded = await download
  expect(downloaded.suggestedFilename()).toMatch(/^ict-index-workbench-backup-.*-manual\.json$/)
  const decoded = await decode(await downloaded.path())
  expect(decoded.ok && decoded.value.tables['submissions']).toHaveLength(1)

  // The database emptied under the app: the wipe screen offers the snapshot, which restores it.
  // Read in 1 KB slices, the snapshot takes many reads inside the restore's transaction, as a
  // large one does in 8 MB slices: the transaction must stay open through all of them.
  await appPage.evaluate(() =>
    localStorage.setItem('ictwb.diagnostics.snapshots', JSON.stringify({ readBytes: 1024 })),
  )
  await wipeIndexedDb(appPage)
  await appPage.reload()
  const screen = appPage.getByRole('alert').filter({ has: appPage.getByRole('heading', { level: 1 }) })
  await screen.getByRole('button', { name: /^Khôi phục bản sao lưu tự động lúc .* \(\d+ bản ghi\)$/ }).click()
  await expect(appPage.getByText(/Đã khôi phục \d+ bản ghi/)).toBeVisible()
  await expect(appPage.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 })
  await appPage.goto(questionnaireURL)
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('7')

  // Emptied again, the user starts over instead, then restores the snapshot from Settings.
  await wipeIndexedDb(appPage)
  await appPage.reload()
  await screen.getByRole('button', { name: 'Chấp nhận kho dữ liệu hiện tại và bắt đầu lại' }).click()
  await appPage
    .getByRole('dialog', { name: 'Bắt đầu lại mà không có dữ liệu cũ?' })
    .getByRole('button', { name: 'Bắt đầu lại', exact: true })
    .click()
  await expect(appPage.getByRole('navigation').first()).toBeVisible()
  await appPage.goto('/#/settings')
  await expect(rows).toHaveCount(1)
  await rows
    .first()
    .getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ })
    .click()
  await appPage
    .getByRole('dialog', { name: 'Khôi phục bản sao lưu này?' })
    .getByRole('button', { name: 'Khôi phục' })
    .click()
  await expect(appPage.getByText(/Đã khôi phục \d+ bản ghi/)).toBeVisible()
  await expect(appPage.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 })
  await appPage.goto(questionnaireURL)
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('7')
  expect(problems.filter((problem) => !problem.startsWith('console:'))).toEqual([])
})

test('after 7 days without a downloaded backup a reminder asks for one, downloads it, and can be put off for 7 days', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const questionnaire = await openDtiQuestionnaire(appPage)
  await questionnaire.typeAnswer('SoCuocHopBCD', '7')
  await questionnaire.waitUntilSaved()
  const reminder = appPage.getByTestId('backup-reminder')
  await expect(reminder).toHaveCount(0)

  const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString()
  await appPage.evaluate((at) => {
    localStorage.setItem('ictwb.backups.firstSeenAt', at)
    localStorage.setItem('ictwb.backups.lastDownloadAt', at)
  }, eightDaysAgo)
  await appPage.reload()
  await expect(reminder).toContainText('Đã hơn 7 ngày chưa tải tệp sao lưu về')
  await appPage.screenshot({ path: 'test-results/screenshots/backup-reminder-vi.png' })
  await switchLanguage(appPage, 'en')
  await expect(reminder).toContainText('No backup file downloaded for more than 7 days')
  await appPage.screenshot({ path: 'test-results/screenshots/backup-reminder-en.png' })
  await switchLanguage(appPage, 'vi')

  const download = appPage.waitForEvent('download')
  await reminder.getByRole('button', { name: 'Tải bản sao lưu về' }).click()
  const decoded = await decode(await (await download).path())
  expect(decoded.ok && decoded.value.tables['submissions']).toHaveLength(1)
  await expect(reminder).toHaveCount(0)
  const lastDownload = await appPage.evaluate(() => localStorage.getItem('ictwb.backups.lastDownloadAt'))
  expect(Date.now() - new Date(lastDownload ?? 0).getTime()).toBeLessThan(60 * 60 * 1000)
  await appPage.reload()
  await expect(appPage.getByRole('navigation').first()).toBeVisible()
  await expect(reminder).toHaveCount(0)

  // Dismissed, it stays away even though no file was downloaded.
  await appPage.evaluate((at) => localStorage.setItem('ictwb.backups.lastDownloadAt', at), eightDaysAgo)
  await appPage.reload()
  await reminder.getByRole('button', { name: 'Để sau (7 ngày)' }).click()
  await expect(reminder).toHaveCount(0)
  await appPage.reload()
  await expect(appPage.getByRole('navigation').first()).toBeVisible()
  await expect(reminder).toHaveCount(0)
  expect(problems).toEqual([])
})

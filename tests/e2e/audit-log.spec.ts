import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'

// This spec tests the asking itself: no operator is stored on the machine when it starts.
test.use({ operators: false, viewport: { width: 1366, height: 768 } })

const SAMPLE_DATABASE = 'ict-index-workbench-sample'
const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'
const SHOTS = 'test-results/screenshots/audit-log'

/** Edits one audit log row in IndexedDB behind the app's back (as someone with the profile could): the newest publication. */
async function tamperWithPublishEntry(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const store = database.transaction('auditLog', 'readwrite').objectStore('auditLog')
    const rows = await new Promise<{ seq: number; action: string; detail: { unitCount: number } }[]>(
      (resolve, reject) => {
        const request = store.getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      },
    )
    const target = rows.filter((row) => row.action === 'assessment.published').at(-1)
    if (target === undefined) throw new Error('no publication in the log')
    await new Promise<void>((resolve, reject) => {
      const request = store.put({
        ...target,
        detail: { ...target.detail, unitCount: target.detail.unitCount + 1 },
      })
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    })
    database.close()
    return target.seq
  }, SAMPLE_DATABASE)
}

/** The `operator.changed` entries of the sample database's log, oldest first. */
async function operatorChanges(page: Page): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const rows = await new Promise<{ action: string; detail: { before: unknown; after: unknown } }[]>(
      (resolve, reject) => {
        const request = database.transaction('auditLog').objectStore('auditLog').getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      },
    )
    database.close()
    return rows
      .filter((row) => row.action === 'operator.changed')
      .map(({ detail }) => ({ before: detail.before, after: detail.after }))
  }, SAMPLE_DATABASE)
}

async function openOpenAssessment(page: Page): Promise<void> {
  await new AppShellPage(page).openMode('Đánh giá')
  const assessments = page.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2026' }).getByRole('link').first().click()
}

test('the operator is asked once, recorded on every entry, and a tampered log is named, never repaired', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  const shell = new AppShellPage(appPage)
  const badge = appPage.getByTestId('operator-badge')
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByText('Dữ liệu mẫu', { exact: true })).toBeVisible({ timeout: 20_000 })
  await openOpenAssessment(appPage)
  await expect(badge).toContainText('Người thực hiện · Đánh giá')
  await expect(badge).toContainText('chưa có tên')

  // Publishing without an operator asks first; cancelling leaves the assessment open.
  await appPage.getByRole('button', { name: 'Công bố kết quả (khoá)' }).click()
  await appPage.getByRole('button', { name: 'Công bố', exact: true }).click()
  const dialog = appPage.getByRole('dialog', { name: 'Ai đang thực hiện thao tác này?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Hãy nhập họ và tên.')
  await appPage.screenshot({ path: `${SHOTS}/operator-dialog-vi.png` })
  await dialog.getByRole('button', { name: 'Huỷ' }).click()
  await expect(appPage.getByRole('alert').filter({ hasText: 'cần tên người thực hiện' })).toBeVisible()
  await expect(appPage.getByText('Đang thực hiện').first()).toBeVisible()

  // Again (the confirmation is still open), giving a name: the publication goes through and the
  // header shows who works.
  await appPage.getByRole('button', { name: 'Công bố', exact: true }).click()
  await dialog.getByLabel('Họ và tên (bắt buộc)').fill('  Nguyễn Văn An ')
  await dialog.getByLabel('Chức vụ (không bắt buộc)').fill('Chuyên viên Sở TT&TT')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  await expect(appPage.getByText('Đã công bố (đã khoá)').first()).toBeVisible()
  await expect(badge).toContainText('Nguyễn Văn An (Chuyên viên Sở TT&TT)')

  // The audit panel says who did it.
  await appPage.getByRole('link', { name: 'Nhật ký', exact: true }).click()
  const log = appPage.locator('.audit-list li')
  await expect(log.first()).toContainText('Nguyễn Văn An (Chuyên viên Sở TT&TT) · Đánh giá')
  await expect(log.first()).toContainText('Công bố kết quả')
  await appPage.screenshot({ path: `${SHOTS}/audit-panel-vi.png` })

  // Changing the operator is logged, with the name before and after.
  await badge.getByRole('button', { name: 'Đổi' }).click()
  const changeDialog = appPage.getByRole('dialog', { name: 'Đổi người thực hiện' })
  await changeDialog.getByLabel('Họ và tên (bắt buộc)').fill('Trần Thị Bình')
  await changeDialog.getByLabel('Chức vụ (không bắt buộc)').fill('')
  await changeDialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(badge).toContainText('Trần Thị Bình')
  expect(await operatorChanges(appPage)).toEqual([
    { before: null, after: { name: 'Nguyễn Văn An', position: 'Chuyên viên Sở TT&TT' } },
    { before: { name: 'Nguyễn Văn An', position: 'Chuyên viên Sở TT&TT' }, after: { name: 'Trần Thị Bình' } },
  ])

  // Settings: the chain is intact.
  await shell.openMode('Cài đặt')
  const status = appPage.getByTestId('audit-chain-status')
  await expect(status).toHaveText(/^Nhật ký: [\d.]+ mục, chuỗi toàn vẹn$/)
  await status.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/settings-intact-vi.png` })
  await shell.chooseLanguage('English')
  await expect(status).toHaveText(/^Log: [\d,]+ entries, chain intact$/)
  await appPage.screenshot({ path: `${SHOTS}/settings-intact-en.png` })
  await shell.chooseLanguage('Tiếng Việt')

  // Someone edits one row in IndexedDB: after a reload the assessment names the broken entry.
  const seq = await tamperWithPublishEntry(appPage)
  await appPage.reload()
  await openOpenAssessment(appPage)
  const banner = appPage.getByTestId('audit-chain-banner')
  await expect(banner).toContainText('Nhật ký thao tác đã bị thay đổi ngoài ứng dụng')
  await expect(banner).toContainText(`Chuỗi bị đứt tại mục số ${seq}`)
  await expect(banner).toContainText('nội dung của mục này đã bị sửa')
  await appPage.screenshot({ path: `${SHOTS}/assessment-broken-vi.png` })
  await shell.chooseLanguage('English')
  await expect(banner).toContainText(`The chain breaks at entry ${seq}`)
  await appPage.screenshot({ path: `${SHOTS}/assessment-broken-en.png` })
  await appPage.getByRole('link', { name: 'Audit log', exact: true }).click()
  await appPage.screenshot({ path: `${SHOTS}/audit-panel-en.png` })
  await shell.chooseLanguage('Tiếng Việt')
  await shell.openMode('Cài đặt')
  await expect(status).toHaveText(/^Nhật ký: [\d.]+ mục, chuỗi bị đứt$/)
  await expect(appPage.getByRole('alert').filter({ hasText: `mục số ${seq}` })).toBeVisible()
  await status.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/settings-broken-vi.png` })

  expect(problems).toEqual([])
})

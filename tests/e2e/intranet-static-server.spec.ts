import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { createServer } from 'http-server'
import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'

// The browser edition on an intranet (issue 19 item 4): the built folder out/renderer copied as it
// is under a sub-path of a plain static web server that is not ours (http-server, a devDependency;
// no CSP header, no special MIME set-up, cache disabled), then used as an officer would.
const SITE = resolve(__dirname, '../../test-results/intranet-site')
const SUB_PATH = '/ict/'
const FRAMEWORK_NAME = 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT'

let server: ReturnType<typeof createServer> | null = null
let base = ''

test.beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true })
  mkdirSync(SITE, { recursive: true })
  cpSync(resolve(__dirname, '../../out/renderer'), resolve(SITE, SUB_PATH.slice(1, -1)), { recursive: true })
  const started = createServer({ root: SITE, cache: -1, showDir: 'false', logFn: () => {} })
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done))
  server = started
  base = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}${SUB_PATH}`
})

test.afterAll(() => {
  server?.close()
})

/** Problems the page reports: uncaught errors, console errors, failed requests. */
function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`)
  })
  return problems
}

test('the built folder under a sub-path of a plain static server: home, sample workspace, an import, a saved questionnaire, the data address', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const problems = watch(page)
  // Without the final slash the server redirects to the folder, where the relative paths resolve.
  await page.goto(base.slice(0, -1))
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible()
  expect(page.url()).toBe(base)

  // The sample workspace, then back to the real data.
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  const banner = page.getByRole('region', { name: 'Không gian dữ liệu mẫu' })
  await expect(banner.getByText('Dữ liệu mẫu', { exact: true })).toBeVisible({ timeout: 15_000 })
  await banner.getByRole('button', { name: /Thoát/ }).click()
  await expect(banner).toHaveCount(0)

  // An import (a framework file), a questionnaire typed in and saved, still there after a reload.
  await page.goto(`${base}#/unit`)
  const home = new QuestionnaireUnitHomePage(page)
  const questionnaire = new QuestionnairePage(page)
  await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành' })
  await home.importFramework('bo-chi-so-thu-nghiem.json', unitTestFramework())
  await expect(page.getByText(`Đã thêm: ${FRAMEWORK_NAME}, phiên bản 2025.1.`)).toBeVisible()
  await home.startQuestionnaire(FRAMEWORK_NAME, 2025)
  await expect(page.getByRole('heading', { level: 1, name: FRAMEWORK_NAME })).toBeVisible()
  await questionnaire.typeAnswer('MayTinh', '42')
  await questionnaire.control('MayTinh').blur()
  await questionnaire.waitUntilSaved()
  await page.reload()
  await expect(questionnaire.control('MayTinh')).toHaveValue('42')
  expect(page.url()).toContain(`${SUB_PATH}#/unit/`)

  // Settings names the address the data belongs to.
  await page.goto(`${base}#/settings`)
  await expect(page.getByTestId('data-address')).toHaveText(base)
  await page.screenshot({ path: 'test-results/screenshots/intranet-settings-vi.png', fullPage: true })
  expect(problems).toEqual([])
})

test.describe('a new address', () => {
  test.use({ knownAddress: false })

  test('an empty database at an address never used warns that a backup from the old address can be restored, until dismissed', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const problems = watch(page)
    await page.goto(base)
    const notice = page.getByRole('region', { name: 'Ứng dụng chưa từng được dùng ở địa chỉ này' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(base)
    await expect(notice.getByRole('link', { name: 'Khôi phục từ bản sao lưu…' })).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/new-address-vi.png' })

    await notice.getByRole('button', { name: 'Bắt đầu dùng ở địa chỉ này' }).click()
    await expect(notice).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible()
    await expect(notice).toHaveCount(0)

    // Not the wipe screen, and in English too.
    await page.evaluate(() => window.localStorage.removeItem('ictwb.dataAddresses'))
    await page.goto(`${base}#/settings`)
    await page
      .getByLabel(/Ngôn ngữ|Language/)
      .first()
      .selectOption('en')
    await page.reload()
    const english = page.getByRole('region', { name: 'The app has not been used at this address before' })
    await expect(english).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/new-address-en.png' })
    await english.getByRole('link', { name: 'Restore from a backup…' }).click()
    await expect(english).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeVisible()
    expect(problems).toEqual([])
  })
})

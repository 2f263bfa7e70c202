import { readFileSync } from 'node:fs'
import type { CDPSession, Download, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { switchLanguage } from './guideScreens'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'
import { ManagerPage } from './pages/ManagerPage'

// Issue #18 items 6 and 7: every chart saves a PNG and shows its numbers as a table; long
// operations show a progress bar (count, time left) and can be cancelled, writing nothing.

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** How much slower the page's CPU runs while a cancel is tested, so the operation is still running. */
const SLOW_CPU = 20

test.use({ viewport: { width: 1366, height: 768 } })

/** A Vietnamese number as shown ("1.234,56") read back as a number. */
const viNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'))

async function openSampleAssessment(page: Page): Promise<EvaluatorPage> {
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(page.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({ timeout: 15_000 })
  await new AppShellPage(page).openMode('Đánh giá')
  const assessments = page.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  return new EvaluatorPage(page)
}

async function expectPng(download: Download, name: RegExp): Promise<void> {
  expect(download.suggestedFilename()).toMatch(name)
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC)
  expect(bytes.length, 'a drawn chart, not an empty canvas').toBeGreaterThan(10_000)
}

async function slowDown(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU })
  return cdp
}

/** Waits until the bar has moved and shows a time left, then returns its percent. */
async function runningBar(bar: Locator, text: Locator, timeLeft: RegExp): Promise<number> {
  // The page runs throttled (slowDown): on a loaded machine the bar takes more than 5 s to appear.
  await expect(bar).toBeVisible({ timeout: 30_000 })
  await expect(text).toContainText(timeLeft, { timeout: 30_000 })
  const now = Number(await bar.getAttribute('aria-valuenow'))
  expect(now).toBeGreaterThanOrEqual(0)
  expect(now).toBeLessThan(100)
  expect(await bar.getAttribute('aria-valuemin')).toBe('0')
  expect(await bar.getAttribute('aria-valuemax')).toBe('100')
  return now
}

test('the report panel charts show their numbers as a table and save as PNG', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(90_000)
  const evaluator = await openSampleAssessment(appPage)
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(evaluator.rankingTable.locator('tbody tr').first()).toBeVisible()
  const ranked = await evaluator.rankingRows()
  const best = ranked.find((row) => row.rank === '1')
  expect(best).toBeDefined()

  await evaluator.openTab('Báo cáo')
  const chart = appPage.locator('[data-chart="report-composite"]')
  await expect(chart.getByRole('heading', { name: 'Chỉ số theo đơn vị' })).toBeVisible()
  const toggle = chart.getByRole('button', { name: 'Xem dạng bảng' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(chart.locator('table')).toHaveCount(0)
  await toggle.click()
  await expect(chart.getByRole('button', { name: 'Ẩn bảng' })).toHaveAttribute('aria-expanded', 'true')
  const table = chart.getByRole('table', { name: 'Chỉ số theo đơn vị' })
  await expect(table.locator('thead th')).toHaveText(['Hạng. Đơn vị', 'Chỉ số theo đơn vị'])
  await expect(table.locator('tbody tr')).toHaveCount(ranked.filter((row) => row.rank !== '—').length)
  const first = table.locator('tbody tr').first()
  await expect(first.locator('th')).toHaveText(/^1\. /)
  // The table's number is the ranking's composite, in the Vietnamese format (decimal comma).
  const value = (await first.locator('td').textContent()) ?? ''
  expect(value).toMatch(/^\d+(,\d+)?$/)
  expect(viNumber(value)).toBeCloseTo(viNumber(best?.composite ?? ''), 3)
  await table.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/chart-report-table-vi.png' })

  const download = appPage.waitForEvent('download')
  await chart.getByRole('button', { name: 'Lưu ảnh PNG' }).click()
  await expectPng(await download, /^diem-tong-hop-dept-ict-readiness-2025\.png$/)
  await expect(chart.getByRole('status')).toContainText('Đã lưu ảnh')
  // Switching the language keeps the chart (and what it said about the saved picture), translated.
  await switchLanguage(appPage, 'en')
  await expect(chart.getByRole('status')).toContainText('Picture saved:')
  await switchLanguage(appPage, 'vi')
  await expect(chart.getByRole('status')).toContainText('Đã lưu ảnh')

  // The components chart has a column per component.
  const components = appPage.locator('[data-chart="report-components"]')
  await components.getByRole('button', { name: 'Xem dạng bảng' }).click()
  expect(await components.locator('thead th').count()).toBeGreaterThan(2)
  expect(problems).toEqual([])
})

test('a manager chart shows its numbers as a table and saves as PNG', async ({ appPage, problems }) => {
  test.setTimeout(90_000)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await new AppShellPage(appPage).openMode('Lãnh đạo')
  const manager = new ManagerPage(appPage)
  const chart = manager.chart('all-box')
  await expect(chart.locator('canvas')).toBeVisible()
  const table = await manager.chartTable('all-box')
  await expect(chart.getByRole('button', { name: 'Ẩn bảng' })).toHaveAttribute('aria-expanded', 'true')
  const rows = table.locator('tbody tr')
  expect(await rows.count()).toBeGreaterThanOrEqual(2)
  await expect(rows.first().locator('th')).toHaveText(/^20\d\d$/)
  for (const cell of await rows.first().locator('td').allTextContents())
    expect(cell).toMatch(/^(\d+(,\d+)?|—)$/)

  await expectPng(await manager.exportChartPng('all-box'), /^all-box-dept-ict-readiness-2024-2025\.png$/)
  expect(problems).toEqual([])
})

test('blank workbooks and the results report show progress and cancel without writing a file', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(180_000)
  const downloads: string[] = []
  appPage.on('download', (download) => downloads.push(download.suggestedFilename()))
  const evaluator = await openSampleAssessment(appPage)
  await expect(appPage.getByRole('button', { name: 'Xuất phiếu trống cho mọi đơn vị (.zip)…' })).toBeVisible()
  const cdp = await slowDown(appPage)

  // Blank workbooks for all units: the bar counts units; "Huỷ" stops it, nothing is saved.
  await appPage.getByRole('button', { name: 'Xuất phiếu trống cho mọi đơn vị (.zip)…' }).click()
  const blankBar = appPage.getByRole('progressbar', { name: 'Đang tạo phiếu trống cho các đơn vị' })
  const blankText = appPage.getByTestId('blank-progress-text')
  await runningBar(blankBar, blankText, /còn khoảng \d+ (giây|phút)/)
  await expect(blankText).toContainText(/Phiếu trống \d+\/\d+/)
  await appPage.getByTestId('blank-progress').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/progress-blank-workbooks-vi.png' })
  await appPage.getByTestId('blank-progress').getByRole('button', { name: 'Huỷ' }).click()
  await expect(blankBar).toBeHidden({ timeout: 30_000 })
  const cancelled = appPage.getByText(/^Đã huỷ sau khi tạo (\d+)\/(\d+) phiếu; không lưu tệp nào/)
  await expect(cancelled).toBeVisible()
  const [, done, total] = /(\d+)\/(\d+)/.exec((await cancelled.textContent()) ?? '') ?? []
  expect(Number(done)).toBeLessThan(Number(total))

  // The results report: charts, then sheets; cancelled, no file.
  await evaluator.openTab('Báo cáo')
  await appPage.getByRole('button', { name: 'Xuất báo cáo Excel…' }).click()
  const reportBar = appPage.getByRole('progressbar', { name: 'Đang ghi báo cáo kết quả' })
  await runningBar(reportBar, appPage.getByTestId('report-progress-text'), /còn khoảng|đang ước tính/)
  await appPage.screenshot({ path: 'test-results/screenshots/progress-report-vi.png' })
  await appPage.getByTestId('report-progress').getByRole('button', { name: 'Huỷ' }).click()
  await expect(reportBar).toBeHidden({ timeout: 30_000 })
  await expect(appPage.getByText('Đã huỷ: không ghi tệp nào.')).toBeVisible()

  // English: the same bar, translated.
  await new AppShellPage(appPage).chooseLanguage('English')
  await appPage
    .getByRole('navigation', { name: 'Parts of the assessment' })
    .getByRole('link', { name: 'Units and status' })
    .click()
  await appPage.getByRole('button', { name: 'Export blank workbooks for every unit (.zip)…' }).click()
  const englishBar = appPage.getByRole('progressbar', { name: 'Writing blank workbooks for the units' })
  await runningBar(englishBar, blankText, /about \d+ (s|min)/)
  await expect(blankText).toContainText(/Blank workbooks \d+\/\d+/)
  await appPage.getByTestId('blank-progress').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/progress-blank-workbooks-en.png' })
  await appPage.getByTestId('blank-progress').getByRole('button', { name: 'Cancel' }).click()
  await expect(appPage.getByText(/^Cancelled after \d+\/\d+ workbooks; no file was saved/)).toBeVisible({
    timeout: 30_000,
  })

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  expect(downloads, 'a cancelled operation saves nothing').toEqual([])
  expect(problems).toEqual([])
})

test('the comparison export shows progress and cancels without writing a file', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  const downloads: string[] = []
  appPage.on('download', (download) => downloads.push(download.suggestedFilename()))
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await new AppShellPage(appPage).openMode('Lãnh đạo')
  await expect(new ManagerPage(appPage).chart('all-box').locator('canvas')).toBeVisible()
  const cdp = await slowDown(appPage)

  await appPage.getByRole('button', { name: 'Xuất toàn bộ so sánh ra Excel' }).click()
  const bar = appPage.getByRole('progressbar', { name: 'Đang vẽ biểu đồ và ghi tệp…' })
  await runningBar(bar, appPage.getByTestId('comparison-export-progress-text'), /còn khoảng/)
  await expect(appPage.getByTestId('comparison-export-progress-text')).toContainText(/Vẽ biểu đồ \d+\/\d+/)
  await appPage.screenshot({ path: 'test-results/screenshots/progress-comparison-export-vi.png' })
  await appPage.getByTestId('comparison-export-progress').getByRole('button', { name: 'Huỷ' }).click()
  await expect(bar).toBeHidden({ timeout: 30_000 })
  await expect(appPage.getByText('Đã huỷ: không ghi tệp nào.')).toBeVisible()

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  expect(downloads, 'a cancelled export saves nothing').toEqual([])
  expect(problems).toEqual([])
})

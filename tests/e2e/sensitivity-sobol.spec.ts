import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

test.use({ viewport: { width: 1366, height: 768 } })

/** The sample workspace's 2025 assessment, on its "Độ nhạy" tab. */
async function openSensitivityTab(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible({
    timeout: 20_000,
  })
  await new AppShellPage(page).openMode('Đánh giá')
  const assessments = page.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await new EvaluatorPage(page).openTab('Độ nhạy')
}

test('variance-based sensitivity on the sample workspace: progress, cancel, chart and table, in Vietnamese and English', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await openSensitivityTab(appPage)
  const panel = appPage.getByTestId('sobol-panel')
  await expect(
    panel.getByRole('heading', { name: 'Phân tích độ nhạy theo phương sai (chỉ số Sobol)' }),
  ).toBeVisible()

  // Bad input: one assumption only (normalisation) is refused with a clear reason, and nothing can run.
  await panel.getByLabel('Thay đổi trọng số').uncheck()
  await panel.getByRole('checkbox', { name: 'Bình quân nhân' }).uncheck()
  await panel.getByRole('checkbox', { name: 'trung bình các đơn vị' }).uncheck()
  await expect(panel.getByTestId('sobol-problems')).toContainText('Cần ít nhất hai giả định')
  await expect(panel.getByRole('button', { name: /Tính các chỉ số độ nhạy/ })).toBeDisabled()
  await panel.getByLabel('Thay đổi trọng số').check()
  await panel.getByRole('checkbox', { name: 'Bình quân nhân' }).check()
  await panel.getByRole('checkbox', { name: 'trung bình các đơn vị' }).check()
  await expect(panel.getByTestId('sobol-problems')).toHaveCount(0)

  // A long run shows its progress and time left, and cancel stops it with no result. On the
  // columnar engine 30,000 runs over 28 units take well under a second, so the worker pauses 20 ms
  // after each progress report (diagnostics, `ictwb.diagnostics.analysis`), as a large assessment runs.
  await appPage.evaluate(() => localStorage.setItem('ictwb.diagnostics.analysis', '{"pauseMs":20}'))
  await panel.getByLabel('Cỡ mẫu N').fill('5000')
  await panel.getByRole('button', { name: 'Tính các chỉ số độ nhạy (30.000 lần chạy)' }).click()
  const progress = appPage.getByRole('progressbar', { name: 'Tiến độ phân tích độ nhạy theo phương sai' })
  await expect(progress).toBeVisible()
  await expect(panel.getByTestId('sobol-progress')).toContainText(/Lần chạy [\d.]+\/30\.000/)
  await expect(panel.getByTestId('sobol-progress')).toContainText(/còn khoảng/, { timeout: 15_000 })
  await panel.getByTestId('sobol-progress').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/sensitivity-sobol-progress-vi.png' })
  await panel.getByTestId('sobol-progress').getByRole('button', { name: 'Huỷ' }).click()
  await expect(progress).toHaveCount(0)
  await expect(panel.getByTestId('sobol-done')).toHaveCount(0)

  // A small run: the result, its chart and its data table.
  await panel.getByLabel('Cỡ mẫu N').fill('30')
  await panel.getByRole('button', { name: 'Tính các chỉ số độ nhạy (180 lần chạy)' }).click()
  await expect(panel.getByTestId('sobol-done')).toContainText(/Hoàn tất 180 lần chạy/, { timeout: 60_000 })
  const figure = panel.locator('[data-chart="sobol-indices"]')
  await expect(
    figure.getByRole('heading', { name: 'Chỉ số độ nhạy của xếp hạng theo giả định' }),
  ).toBeVisible()
  await expect(figure.locator('canvas')).toBeVisible()
  await figure.getByRole('button', { name: 'Xem dạng bảng' }).click()
  const rows = figure.locator('table.chart-data-table tbody tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.first()).toContainText('Trọng số')
  await expect(figure.locator('table.chart-data-table thead')).toContainText('Toàn phần (ST)')
  const firstRun = await rows.allTextContents()
  await figure.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/sensitivity-sobol-vi.png' })

  // The same seed gives the same indices.
  await panel.getByRole('button', { name: 'Tính các chỉ số độ nhạy (180 lần chạy)' }).click()
  await expect(panel.getByTestId('sobol-done')).toBeVisible({ timeout: 60_000 })
  await figure.getByRole('button', { name: 'Xem dạng bảng' }).click()
  expect(await rows.allTextContents()).toEqual(firstRun)

  // English.
  await new AppShellPage(appPage).chooseLanguage('English')
  await expect(
    panel.getByRole('heading', { name: 'Variance-based sensitivity analysis (Sobol indices)' }),
  ).toBeVisible()
  await panel.getByRole('button', { name: 'Compute the sensitivity indices (180 runs)' }).click()
  await expect(panel.getByTestId('sobol-done')).toContainText(/Finished 180 runs/, { timeout: 60_000 })
  await figure.getByRole('button', { name: 'Show as table' }).click()
  await expect(rows.first()).toContainText('Weights')
  await figure.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/sensitivity-sobol-en.png' })
  await panel
    .getByRole('heading', { name: 'Variance-based sensitivity analysis (Sobol indices)' })
    .scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/sensitivity-sobol-form-en.png' })
  await new AppShellPage(appPage).chooseLanguage('Tiếng Việt')
  expect(problems).toEqual([])
})

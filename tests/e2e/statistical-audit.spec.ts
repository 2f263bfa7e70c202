import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

test.use({ viewport: { width: 1366, height: 768 } })

test('the statistical audit tab on the sample workspace, in Vietnamese and English', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(90_000)
  const shell = new AppShellPage(appPage)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible({
    timeout: 15_000,
  })
  await shell.openMode('Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await appPage.getByRole('link', { name: 'Kiểm định thống kê' }).click()

  const panel = appPage.locator('section.statistics-panel')
  await expect(panel.getByRole('heading', { name: 'Kiểm định thống kê', level: 3 })).toBeVisible()
  await expect(appPage.locator('[data-chart="correlation-heat-map"] canvas')).toBeVisible()
  const correlations = panel.getByTestId('statistics-correlations')
  expect(await correlations.locator('tbody tr').count()).toBeGreaterThan(5)
  // Every correlation shown is a number between −1 and 1 (Vietnamese decimal comma) or a dash.
  for (const cell of await correlations.locator('tbody td.numeric').allInnerTexts())
    expect(cell).toMatch(/^(—|-?[01](,\d{1,3})?)$/)
  expect(await panel.getByTestId('statistics-alpha').locator('tbody tr').count()).toBeGreaterThan(1)
  await appPage.screenshot({ path: 'test-results/screenshots/statistics-vi.png', fullPage: true })

  // The heat map's numbers as a table.
  await panel.getByRole('button', { name: 'Xem dạng bảng' }).click()
  await expect(appPage.locator('[data-chart="correlation-heat-map"] table')).toBeVisible()

  // COINr's treatment on trial: the treatment table then names treated units or says none were.
  await panel.getByLabel(/Thử xử lý ngoại lai như COINr/).check()
  await expect(panel.getByText(/được Winsorise/)).toBeVisible()
  const treatment = panel.getByTestId('statistics-treatment')
  expect(await treatment.locator('tbody tr').count()).toBe(await correlations.locator('tbody tr').count())
  await panel.getByTestId('statistics-treatment').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/statistics-treatment-vi.png' })

  await shell.chooseLanguage('English')
  await expect(panel.getByRole('heading', { name: 'Statistical audit', level: 3 })).toBeVisible()
  await expect(panel.getByRole('heading', { name: /^Flags \(\d+\)$/ })).toBeVisible()
  await expect(panel.getByRole('heading', { name: "Cronbach's alpha of each aggregate" })).toBeVisible()
  for (const cell of await correlations.locator('tbody td.numeric').allInnerTexts())
    expect(cell).toMatch(/^(—|-?[01](\.\d{1,3})?)$/)
  await panel.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/statistics-en.png', fullPage: true })
  expect(problems).toEqual([])
})

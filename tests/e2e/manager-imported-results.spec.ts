import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { threeYearSeries } from '@core/comparison/testing/threeYearSeries'
import { expect, test } from './fixtures'
import { ManagerPage } from './pages/ManagerPage'

// Results of an earlier year arrive as a file (the ranking CSV another machine exported): the
// manager imports it, it is stored, and it is still compared after the app is closed and opened.
const generated = threeYearSeries({ extraUnits: 2 })
const [y2024, y2025, y2026] = generated
if (y2024 === undefined || y2025 === undefined || y2026 === undefined) throw new Error('three years expected')

test('results imported from a ranking CSV are kept after a reload, compared with the published years, and can be removed', async ({
  appPage,
  problems,
}) => {
  const manager = new ManagerPage(appPage)
  await manager.open()
  await manager.seedGeneratedYears([y2025, y2026])
  await appPage.reload()
  await expect(appPage.getByLabel('So sánh từ năm').locator('option')).toHaveText(['2025', '2026'])

  const panel = appPage.getByRole('region', { name: 'Nhập kết quả các năm trước' })
  await panel.getByLabel('Năm của tệp (khi tệp không ghi năm)').fill('2024')
  const chooser = appPage.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Chọn tệp kết quả (Excel hoặc CSV)' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'xep-hang-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rankingCsv(y2024.framework, y2024.results.result), 'utf8'),
  })
  await expect(panel.getByRole('status')).toContainText(
    'Đã nhập kết quả năm 2024 từ xep-hang-2024.csv (30 đơn vị).',
  )

  await appPage.reload()
  await expect(appPage.getByLabel('So sánh từ năm').locator('option')).toHaveText(['2024', '2025', '2026'])
  await expect(panel.getByText(/^Năm 2024: .+ \(30 đơn vị\)$/)).toBeVisible()
  await panel.screenshot({ path: 'test-results/screenshots/manager-imported-results-vi.png' })
  await manager.chooseYears(2024, 2025)
  await expect(manager.rankTable.locator('tbody tr')).toHaveCount(30)

  await panel.getByRole('button', { name: 'Xoá kết quả năm 2024' }).click()
  await expect(panel.getByRole('status')).toContainText('Đã xoá kết quả năm 2024 đã nhập.')
  await appPage.reload()
  await expect(appPage.getByLabel('So sánh từ năm').locator('option')).toHaveText(['2025', '2026'])
  expect(problems).toEqual([])
})

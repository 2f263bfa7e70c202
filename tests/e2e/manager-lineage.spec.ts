import type { Page } from '@playwright/test'
import { roundForPublication } from '@core/scoring/roundForPublication'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'
import { ManagerPage } from './pages/ManagerPage'

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'
const SHOTS = process.env['LINEAGE_SHOTS'] ?? 'test-results/screenshots'

const viFixed = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
    roundForPublication(value, 4),
  )

/** The published composites of the sample workspace, by year and unit code, read straight from IndexedDB. */
async function publishedComposites(page: Page): Promise<Record<number, Record<string, number | null>>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ict-index-workbench-sample')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => resolve(request.result as T[])
        request.onerror = () => reject(request.error)
      })
    type Result = {
      units: { code: string }[]
      rootCode: string
      components: Record<string, { score: (number | null)[] }>
    }
    const assessments = await all<{ id: string; year: number; status: string }>('assessments')
    // Every version of the official results; the latest of each published assessment is in force.
    const versions = await all<{ assessmentId: string; version: number; result: Result }>('resultVersions')
    database.close()
    const latest = new Map<string, (typeof versions)[number]>()
    for (const row of versions)
      if ((latest.get(row.assessmentId)?.version ?? 0) < row.version) latest.set(row.assessmentId, row)
    const byYear: Record<number, Record<string, number | null>> = {}
    for (const row of latest.values()) {
      const assessment = assessments.find((item) => item.id === row.assessmentId)
      if (assessment?.status !== 'published') continue
      const scores = row.result.components[row.result.rootCode]?.score ?? []
      byYear[assessment.year] = Object.fromEntries(
        row.result.units.map((unit, index) => [unit.code, scores[index] ?? null]),
      )
    }
    return byYear
  })
}

test('the manager compares the merged Sở Khoa học và Công nghệ’s 2026 value with the mean of its and the former Sở Thông tin và Truyền thông’s 2024 values, marked as restated; a dissolved district is listed', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })

  // The evaluator publishes 2026 (the sample leaves it open), so the manager has 2024, 2025 and 2026.
  const shell = new AppShellPage(appPage)
  await shell.openMode('Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  // the 2026 assessment's link (other rows mention 2026 in their dates)
  await assessments.locator('a[href*="%7C2026%7C"]').click()
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.openTab('Kết quả và xếp hạng')
  await evaluator.publish()
  await expect(evaluator.publishBar).toContainText('Đã công bố (đã khoá)')

  const composites = await publishedComposites(appPage)
  const [sttt, skhcn2024, skhcn2026] = [
    composites[2024]?.['STTTT'],
    composites[2024]?.['SKHCN'],
    composites[2026]?.['SKHCN'],
  ]
  if (typeof sttt !== 'number' || typeof skhcn2024 !== 'number' || typeof skhcn2026 !== 'number')
    throw new Error(`sample composites missing: ${JSON.stringify([sttt, skhcn2024, skhcn2026])}`)
  const restated = (sttt + skhcn2024) / 2
  expect(composites[2026]?.['STTTT'], 'the former department has no 2026 result').toBeUndefined()

  await shell.openMode('Lãnh đạo')
  const manager = new ManagerPage(appPage)
  await expect(appPage.getByLabel('đến năm')).toHaveValue('2026')
  await manager.chooseYears(2024, 2026)
  const note = appPage.getByTestId('manager-lineage-note')
  await expect(note).toContainText('Số liệu năm 2024 được quy đổi theo đơn vị năm 2026')
  await expect(note).toContainText('(trung bình cộng)')

  // A dissolved district is listed as no longer existing.
  await expect(appPage.getByTestId('manager-dissolved')).toContainText(
    'UBND quận Ngũ Hành Sơn (Q-NHS): giải thể từ 2025-07-01, chức năng chuyển về Phường Ngũ Hành Sơn',
  )
  await expect(appPage.getByTestId('manager-dissolved')).toContainText(
    'Ban Quản lý An toàn thực phẩm (BQL-ATTP)',
  )

  // The rank table: 2024 restated (mean of the two), marked, against 2026.
  const row = manager.rankTable.locator('tbody tr[data-code="SKHCN"]')
  const cells = row.locator('td')
  await expect(cells.nth(4)).toHaveText(viFixed(restated))
  await expect(cells.nth(5)).toHaveText(viFixed(skhcn2026))
  await expect(cells.nth(6)).toHaveText(
    `${skhcn2026 - restated > 0 ? '+' : '−'}${viFixed(Math.abs(skhcn2026 - restated))}`,
  )
  await expect(row.locator('.manager-restated')).toHaveAttribute(
    'title',
    'ghép từ 2 đơn vị: Sở Thông tin và Truyền thông (STTTT), Sở Khoa học và Công nghệ (SKHCN); trung bình cộng',
  )
  await expect(manager.rankTable.locator('tbody tr[data-code="STTTT"]')).toHaveCount(0)
  // The heat map (2026 values) marks the units whose earlier values are restated.
  await expect(
    manager.heatMap
      .locator('tbody tr')
      .filter({ hasText: 'Sở Khoa học và Công nghệ' })
      .locator('.manager-restated'),
  ).toContainText('ghép từ 2 đơn vị')

  // The bump chart names the restated units, their predecessors and the rule.
  const bumpLegend = manager.chart('all-bump').getByTestId('manager-restated-legend')
  await expect(bumpLegend).toContainText('Số liệu năm 2024 được quy đổi theo đơn vị hiện nay:')
  await expect(bumpLegend.locator('li[data-restated="SKHCN"]')).toHaveText(
    'Sở Khoa học và Công nghệ: ghép từ 2 đơn vị: Sở Thông tin và Truyền thông (STTTT), Sở Khoa học và Công nghệ (SKHCN); trung bình cộng',
  )
  await manager.chart('all-bump').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/lineage-manager-all.png` })
  await manager.chart('all-bump').screenshot({ path: `${SHOTS}/lineage-bump.png` })

  // The unit page: 2024 restated and marked, 2026 as published.
  await row.getByRole('button', { name: 'Sở Khoa học và Công nghệ' }).click()
  const summary = appPage.locator('.manager-unit-summary')
  await expect(summary.locator('li[data-year="2024"]')).toContainText(
    `Năm 2024: chỉ số chung ${viFixed(restated)}`,
  )
  await expect(summary.locator('li[data-year="2024"] .manager-restated')).toContainText('ghép từ 2 đơn vị')
  await expect(summary.locator('li[data-year="2026"]')).toContainText(
    `Năm 2026: chỉ số chung ${viFixed(skhcn2026)}`,
  )
  await expect(summary.locator('li[data-year="2026"] .manager-restated')).toHaveCount(0)
  await expect(appPage.getByTestId('manager-unit-restated')).toContainText(
    'Năm 2024 (quy đổi): ghép từ 2 đơn vị: Sở Thông tin và Truyền thông (STTTT), Sở Khoa học và Công nghệ (SKHCN); trung bình cộng',
  )
  await expect(appPage.locator('.manager-standing h3 .manager-restated')).toContainText('ghép từ 2 đơn vị')
  await appPage.screenshot({ path: `${SHOTS}/lineage-unit.png`, fullPage: true })

  // "Not comparable": the merged unit's 2024 value is left out.
  await appPage.getByLabel('Đơn vị sáp nhập lấy').selectOption('none')
  await expect(summary.locator('li[data-year="2024"]')).toContainText('Năm 2024: chỉ số chung —')

  // The lineage screen lists the events and refuses a bad file with every problem.
  const panel = appPage.getByRole('region', { name: 'Thay đổi đơn vị (sáp nhập, chia tách, giải thể)' })
  await expect(panel).toContainText('40 dòng thay đổi (phiên bản 1, nguồn: danang-2025)')
  const chooser = appPage.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Nhập tệp thay đổi đơn vị…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'sai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'new_code,new_name,old_code,old_name,kind,effective_date\nA,,X,,merged,2025-13-01\nB,,X,,nuốt,2025-03-01\n',
    ),
  })
  await expect(panel.getByRole('status')).toContainText('Không nhận tệp sai.csv: 2 lỗi, chưa lưu gì.')
  await expect(panel.getByRole('status').locator('li')).toHaveText([
    'Dòng 2: ngày hiệu lực “2025-13-01” không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2025-07-01).',
    'Dòng 3: loại thay đổi “nuốt” không hợp lệ (chỉ nhận renamed, merged, split, dissolved, created, unchanged).',
  ])
  await expect(panel).toContainText('phiên bản 1, nguồn: danang-2025')
  await panel.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: `${SHOTS}/lineage-panel.png` })
  expect(problems).toEqual([])
})

test('a new assessment proposes its unit list from last year’s through the lineage', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(60_000)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await new AppShellPage(appPage).openMode('Đánh giá')
  await appPage.getByRole('link', { name: 'Tạo kỳ đánh giá' }).click()
  const select = appPage.getByRole('combobox', { name: /^Bộ chỉ số/ })
  // The whole label, not the first option's text read a moment earlier: the list is read live
  // and may still change (once, in CI, the label read no longer existed and selectOption waited
  // until the test's timeout). Each step has its own timeout, so a stall names the step.
  const label = `${FRAMEWORK_NAME} — phiên bản 2026.1 (2026)`
  await expect(select.locator('option', { hasText: label })).toBeAttached({ timeout: 15_000 })
  await select.selectOption({ label }, { timeout: 15_000 })
  await appPage.getByLabel('Năm đánh giá').fill('2025', { timeout: 15_000 })
  await expect(appPage.getByLabel('Năm đánh giá')).toHaveValue('2025')
  await appPage.getByRole('button', { name: 'Đề xuất từ danh sách năm trước' }).click({ timeout: 15_000 })

  const proposal = appPage.getByTestId('unit-proposal')
  await expect(proposal).toContainText(
    'Đề xuất từ 28 đơn vị năm 2024, qua danh sách thay đổi đơn vị: 28 đơn vị',
  )
  const units = appPage.getByLabel('Đơn vị được đánh giá')
  await expect(units).toHaveValue(/^VP-UBND\tVăn phòng UBND thành phố/)
  const text = await units.inputValue()
  expect(text).toContain('SKHCN\tSở Khoa học và Công nghệ')
  expect(text).toContain('P-NGUHANHSON\tPhường Ngũ Hành Sơn')
  expect(text).not.toContain('STTTT')
  expect(text).not.toContain('Q-NHS')
  await proposal.getByText('Xem các thay đổi').click()
  await expect(proposal).toContainText('Sở Khoa học và Công nghệ (SKHCN): sáp nhập từ STTTT, SKHCN')
  await expect(proposal).toContainText('UBND quận Ngũ Hành Sơn (Q-NHS): giải thể, bỏ khỏi danh sách')
  await expect(appPage.getByText('Số đơn vị trong danh sách: 28.')).toBeVisible()
  await appPage.screenshot({ path: `${SHOTS}/lineage-new-assessment.png`, fullPage: true })
  expect(problems).toEqual([])
})

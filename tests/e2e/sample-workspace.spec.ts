import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { QuestionnairePage } from './pages/QuestionnairePage'

const SAMPLE_DATABASE = 'ict-index-workbench-sample'
const REAL_DATABASE = 'ict-index-workbench'
const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

/** Row counts of a database's stores, read straight from IndexedDB (null when it does not exist). */
async function storeCounts(page: Page, name: string): Promise<Record<string, number> | null> {
  return page.evaluate(async (databaseName) => {
    const names = (await indexedDB.databases()).map((database) => database.name)
    if (!names.includes(databaseName)) return null
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const counts: Record<string, number> = {}
    for (const store of Array.from(database.objectStoreNames)) {
      // Every opening records which data format and app version wrote the database (settings
      // 'schemaWriter'); that row is the app's bookkeeping, not the user's data.
      counts[store] = await new Promise<number>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAllKeys()
        request.onsuccess = () => resolve(request.result.filter((key) => key !== 'schemaWriter').length)
        request.onerror = () => reject(request.error)
      })
    }
    database.close()
    return counts
  }, name)
}

async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).flatMap((database) => (database.name === undefined ? [] : [database.name])),
  )
}

/** In-app navigation (no page load), as a user moves between modes. */
async function openMode(page: Page, name: string): Promise<void> {
  await new AppShellPage(page).openMode(name)
}

const banner = (page: Page) => page.getByRole('region', { name: 'Không gian dữ liệu mẫu' })

test('one click opens a populated sample workspace for every role, within 10 seconds', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(60_000)
  const started = Date.now()
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(banner(appPage).getByText('Dữ liệu mẫu', { exact: true })).toBeVisible({ timeout: 15_000 })
  const seededMs = Date.now() - started
  await expect(appPage.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/sample-home.png', fullPage: true })

  // Evaluator: the 2025 assessment (published), results and ranking.
  await openMode(appPage, 'Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await expect(assessments.getByRole('row')).toHaveCount(4)
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await appPage
    .getByRole('tab', { name: 'Kết quả và xếp hạng' })
    .or(appPage.getByRole('link', { name: 'Kết quả và xếp hạng' }))
    .first()
    .click()
  const ranking = appPage.locator('table.ranking-table')
  await expect(ranking.getByRole('row').filter({ hasText: 'Sở Nội vụ' })).toBeVisible()
  expect(await ranking.locator('tbody tr').count()).toBeGreaterThanOrEqual(28)
  const rankingMs = Date.now() - started
  await appPage.screenshot({ path: 'test-results/screenshots/sample-evaluator-ranking.png', fullPage: true })

  // Manager: 2024 compared with 2025.
  await openMode(appPage, 'Lãnh đạo')
  await expect(appPage.getByLabel('So sánh từ năm')).toHaveValue('2024')
  await expect(appPage.getByLabel('đến năm')).toHaveValue('2025')
  await expect(appPage.locator('.manager-workspace').getByText('Sở Nội vụ').first()).toBeVisible()
  // 2024 had the former units; 2025 the merged ones: 2024 is restated through the sample's lineage.
  await expect(appPage.getByTestId('manager-lineage-note')).toContainText(
    'Số liệu năm 2024 được quy đổi theo đơn vị năm 2025',
  )
  await expect(appPage.getByTestId('manager-dissolved')).toContainText('UBND quận Ngũ Hành Sơn (Q-NHS)')
  const comparisonMs = Date.now() - started
  await appPage.screenshot({ path: 'test-results/screenshots/sample-manager-comparison.png', fullPage: true })

  // Unit mode: Sở Nội vụ, three years, the 2026 draft opens filled in.
  await openMode(appPage, 'Đơn vị')
  await expect(appPage.getByTestId('unit-code')).toHaveText('SNV')
  const submissions = appPage.getByRole('table').filter({ hasText: 'Khai tiếp' })
  await expect(submissions.locator('tbody tr')).toHaveCount(3)
  await submissions.getByRole('button', { name: /Mở phiếu năm 2026/ }).click()
  await expect(appPage.getByRole('heading', { level: 1, name: FRAMEWORK_NAME })).toBeVisible()
  await expect(appPage.getByText(/^Đã trả lời [1-9]\d*\/\d+ câu được hỏi/)).toBeVisible()
  const questionnaire = new QuestionnairePage(appPage)
  await questionnaire.openSection('Thông tin đơn vị')
  await expect(questionnaire.control('SoCBCC')).not.toHaveValue('')
  // The published 2025 assessment is on this machine: the self-score estimates against its ranges.
  await expect(appPage.getByTestId('self-score-last-year')).toContainText(
    /^Ước tính theo kết quả năm 2025Điểm ước tính 0,\d{4}; với điểm này đơn vị sẽ đứng thứ \d+\/\d+ trong năm 2025\./,
  )
  const questionnaireMs = Date.now() - started
  await questionnaire.selfScore.screenshot({
    path: 'test-results/screenshots/sample-unit-self-score-last-year.png',
  })
  await appPage.screenshot({ path: 'test-results/screenshots/sample-unit-questionnaire.png', fullPage: true })

  console.log(
    `sample workspace: seeded and shown ${seededMs} ms, ranking ${rankingMs} ms, comparison ${comparisonMs} ms, questionnaire ${questionnaireMs} ms after the click`,
  )
  expect(comparisonMs, 'click → evaluator ranking → manager comparison').toBeLessThan(10_000)
  const real = await storeCounts(appPage, REAL_DATABASE)
  expect(
    Object.values(real ?? {}).every((count) => count === 0),
    `the real database holds nothing: ${JSON.stringify(real)}`,
  ).toBe(true)
  expect(problems).toEqual([])
})

test('leaving returns to the empty real workspace; the choice survives a reload; deleting removes the sample database', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(60_000)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(banner(appPage)).toBeVisible({ timeout: 15_000 })

  await appPage.reload()
  await expect(banner(appPage), 'the sample stays chosen across a reload').toBeVisible()

  await banner(appPage).getByRole('button', { name: 'Thoát dữ liệu mẫu' }).click()
  await expect(banner(appPage)).toBeHidden()
  await appPage.goto('/#/evaluator')
  await expect(appPage.getByRole('heading', { level: 2, name: 'Chưa có kỳ đánh giá nào' })).toBeVisible()
  await appPage.goto('/#/unit')
  await expect(appPage.getByRole('heading', { level: 2, name: 'Chưa có phiếu khai nào' })).toBeVisible()
  await expect(
    appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }),
    'the empty unit mode offers the sample',
  ).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/sample-left-unit.png', fullPage: true })
  const real = await storeCounts(appPage, REAL_DATABASE)
  expect(real?.['submissions']).toBe(0)
  expect(real?.['assessments']).toBe(0)
  expect(real?.['settings']).toBe(0)
  expect(await databaseNames(appPage)).toContain(SAMPLE_DATABASE)

  await appPage.reload()
  await expect(appPage.getByRole('heading', { level: 2, name: 'Chưa có phiếu khai nào' })).toBeVisible()
  await expect(banner(appPage), 'leaving is remembered across a reload').toBeHidden()

  // Back in (already seeded: immediate), then delete.
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(banner(appPage)).toBeVisible()
  await expect(appPage.getByTestId('unit-code')).toHaveText('SNV')
  await appPage.screenshot({ path: 'test-results/screenshots/sample-banner-unit.png', fullPage: true })
  await banner(appPage).getByRole('button', { name: 'Xoá dữ liệu mẫu' }).click()
  await expect(banner(appPage)).toBeHidden()
  await expect(appPage.getByRole('heading', { level: 2, name: 'Chưa có phiếu khai nào' })).toBeVisible()
  await expect.poll(() => databaseNames(appPage)).not.toContain(SAMPLE_DATABASE)
  expect(problems).toEqual([])
})

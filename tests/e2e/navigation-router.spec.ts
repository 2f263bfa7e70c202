import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

const SAMPLE_FRAMEWORK = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

/** Opens a URL as a fresh page load (a link someone saved), not as an in-page hash change. */
async function openDirectly(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`/${hash}`)
}

/** The hash a link in the app points to. */
async function hrefOf(page: Page, name: string | RegExp): Promise<string> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href')
  if (href === null) throw new Error(`no link ${String(name)}`)
  return href
}

test('saved deep links open the same screens the hand-made hash routing opened', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(60_000)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  const shell = new AppShellPage(appPage)
  await shell.openMode('Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: SAMPLE_FRAMEWORK })
  const assessmentHref = await assessments
    .getByRole('row')
    .filter({ hasText: '2025' })
    .getByRole('link')
    .getAttribute('href')
  expect(assessmentHref).toMatch(/^#\/evaluator\/a\/[^/]+\/units$/)
  const assessment = (assessmentHref ?? '').replace(/\/units$/, '')
  await shell.openMode('Đơn vị')
  await appPage
    .getByRole('table')
    .filter({ hasText: 'Khai tiếp' })
    .getByRole('button', { name: /Mở phiếu năm 2026/ })
    .click()
  await expect(appPage.getByRole('heading', { level: 1, name: SAMPLE_FRAMEWORK })).toBeVisible()
  await expect(appPage).toHaveTitle(`${SAMPLE_FRAMEWORK} — Đơn vị — ICT Index Workbench`)
  const submissionHash = new URL(appPage.url()).hash
  expect(submissionHash).toMatch(/^#\/unit\/submission\/SNV%7C/)

  await openDirectly(appPage, `${assessment}/results`)
  await expect(appPage.getByRole('link', { name: 'Kết quả và xếp hạng' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(
    appPage.locator('table.ranking-table').getByRole('row').filter({ hasText: 'Sở Nội vụ' }),
  ).toBeVisible()
  await expect(appPage).toHaveTitle('Kết quả và xếp hạng — Đánh giá 2025 — ICT Index Workbench')

  await openDirectly(appPage, `${assessment}/unit/SNV`)
  await expect(appPage.getByRole('heading', { level: 2, name: 'Sở Nội vụ (SNV)' })).toBeVisible()
  await expect(appPage).toHaveTitle('Sở Nội vụ — Đánh giá 2025 — ICT Index Workbench')
  expect(await hrefOf(appPage, 'Về bảng tình trạng')).toBe(`${assessment}/units`)

  await openDirectly(appPage, `${assessment}/no-such-tab`)
  await expect(appPage.getByRole('link', { name: 'Đơn vị và tình trạng' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await openDirectly(appPage, '#/evaluator/new')
  await expect(appPage.getByRole('heading', { level: 2, name: 'Tạo kỳ đánh giá' })).toBeVisible()

  await openDirectly(appPage, submissionHash)
  await expect(appPage.getByRole('heading', { level: 1, name: SAMPLE_FRAMEWORK })).toBeVisible()
  await expect(new QuestionnairePage(appPage).sections).toBeVisible()

  await openDirectly(appPage, '#/manager/unit/SNV')
  await expect(appPage.getByRole('heading', { name: 'Sở Nội vụ qua các năm' })).toBeVisible()
  await expect(appPage.getByRole('link', { name: 'Từng đơn vị' })).toHaveAttribute('aria-current', 'page')

  await openDirectly(appPage, '#/manager/all')
  await expect(appPage.getByRole('link', { name: 'Tất cả đơn vị' })).toHaveAttribute('aria-current', 'page')

  await openDirectly(appPage, '#/settings')
  await expect(shell.navigation.getByRole('link', { name: 'Cài đặt', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await openDirectly(appPage, '#/somewhere-else')
  await expect(appPage.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible()
  expect(problems).toEqual([])
})

test('leaving a questionnaire with an edit the database has not confirmed asks first: stay keeps the edit, leave goes', async ({
  appPage,
  problems,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)
  const questionnaireUrl = appPage.url()
  await questionnaire.typeAnswer('SoCuocHopBCD', '4')
  await questionnaire.waitUntilSaved()
  const modes = new AppShellPage(appPage)
  const dialog = appPage.getByRole('dialog', { name: 'Rời phiếu khi còn thay đổi chưa lưu?' })

  // A confirmed edit: leaving does not ask.
  await modes.openMode('Đánh giá')
  await expect(appPage.getByRole('heading', { level: 1, name: 'Đánh giá' })).toBeVisible()
  await appPage.goBack()
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('4')

  // A pending edit is saved on the way out, without asking.
  await questionnaire.typeAnswer('SoCuocHopChuTri', '2')
  await modes.openMode('Đánh giá')
  await expect(appPage.getByRole('heading', { level: 1, name: 'Đánh giá' })).toBeVisible()
  await expect(dialog).toBeHidden()
  await appPage.goBack()
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('2')
  await questionnaire.waitUntilSaved()

  // A failed save: the router blocks and asks.
  await appPage.evaluate(() => Object.assign(window, { __ictwbFailNextSave: 2 }))
  await questionnaire.typeAnswer('SoCuocHopChuTri', '3')
  await expect(questionnaire.saveStatus).toHaveText(/^Chưa lưu được/)
  await modes.openMode('Đánh giá')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Có thay đổi chưa được lưu vào máy')
  await appPage.screenshot({ path: 'test-results/screenshots/unit-leave-guard-vi.png' })

  await dialog.getByRole('button', { name: 'Ở lại phiếu' }).click()
  await expect(dialog).toBeHidden()
  expect(appPage.url()).toBe(questionnaireUrl)
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  await expect(modes.navigation.getByRole('link', { name: 'Đơn vị', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await modes.openMode('Đánh giá')
  await dialog.getByRole('button', { name: 'Vẫn rời đi' }).click()
  await expect(appPage.getByRole('heading', { level: 1, name: 'Đánh giá' })).toBeVisible()
  expect(new URL(appPage.url()).hash).toBe('#/evaluator')

  // The edit left behind is still in this window's queue, and its retry stores it.
  await appPage.goBack()
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  await appPage.getByRole('button', { name: 'Thử lưu lại' }).click()
  await questionnaire.waitUntilSaved()
  expect(problems).toEqual([])
})

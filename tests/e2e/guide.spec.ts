import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { switchLanguage } from './guideScreens'

const SHOTS = 'test-results/screenshots'

/** Every picture of the page has loaded (a missing file has no natural width). */
async function expectImagesLoaded(page: Page): Promise<void> {
  const images = page.locator('img.guide-image')
  await expect(images.first()).toBeVisible()
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0)
  }
}

test('the guide opens from the header and from the “?” of a screen at the section that explains it', async ({
  appPage,
  problems,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })

  await appPage.getByRole('banner').getByRole('link', { name: 'Hướng dẫn', exact: true }).click()
  await expect(appPage).toHaveURL(/#\/guide$/)
  await expect(appPage.getByRole('heading', { level: 1, name: 'Hướng dẫn' })).toBeFocused()
  await expect(appPage).toHaveTitle('Hướng dẫn — ICT Index Workbench')
  await appPage.screenshot({ path: `${SHOTS}/guide-contents-vi.png` })

  // The officer's guide, in both languages, with its pictures.
  await appPage.getByRole('link', { name: 'Cán bộ đơn vị', exact: true }).click()
  await expect(appPage.getByRole('heading', { level: 1, name: 'Hướng dẫn: Cán bộ đơn vị' })).toBeVisible()
  await expect(appPage.getByText('nhấn “Lưu thông tin đơn vị”')).toBeVisible()
  await expectImagesLoaded(appPage)
  await appPage.evaluate(() => window.scrollTo(0, 0))
  await appPage.screenshot({ path: `${SHOTS}/guide-officer-vi.png` })
  await switchLanguage(appPage, 'en')
  await expect(appPage.getByRole('heading', { level: 1, name: 'Guide: Unit officer' })).toBeVisible()
  await expect(appPage.getByText('press “Save unit”')).toBeVisible()
  await expect(appPage.locator('img.guide-image').first()).toHaveAttribute('src', /^guide\/en\//)
  await expectImagesLoaded(appPage)
  await appPage.evaluate(() => window.scrollTo(0, 0))
  await appPage.screenshot({ path: `${SHOTS}/guide-officer-en.png` })
  await switchLanguage(appPage, 'vi')

  // "?" on the unit screen: the officer's first section; on a questionnaire-less evaluator: creating.
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Đơn vị' })
    .click()
  await appPage.getByRole('link', { name: 'Hướng dẫn cho màn hình này' }).click()
  await expect(appPage).toHaveURL(/#\/guide\/officer\/start$/)
  await expect(appPage.getByRole('heading', { level: 2, name: '1. Bắt đầu: thông tin đơn vị' })).toBeFocused()
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Cài đặt' })
    .click()
  await appPage.getByRole('link', { name: 'Hướng dẫn cho màn hình này' }).click()
  await expect(appPage).toHaveURL(/#\/guide\/admin\/backup$/)
  await expect(
    appPage.getByRole('heading', { level: 2, name: '2. Sao lưu và chuyển sang máy mới' }),
  ).toBeFocused()
  await expect(
    appPage.getByRole('heading', { level: 2, name: '2. Sao lưu và chuyển sang máy mới' }),
  ).toBeInViewport()
  await appPage.goto('/#/evaluator/new')
  await appPage.getByRole('link', { name: 'Hướng dẫn cho màn hình này' }).click()
  await expect(appPage).toHaveURL(/#\/guide\/evaluator\/create$/)
  await expect(appPage.getByText('nhấn “Tạo kỳ đánh giá”', { exact: false }).first()).toBeVisible()
  await appPage.evaluate(() => window.scrollTo(0, 0))
  await appPage.screenshot({ path: `${SHOTS}/guide-evaluator-vi.png` })

  // An unknown section shows the contents and says so.
  await appPage.goto('/#/guide/nobody/here')
  await expect(appPage.getByRole('status')).toContainText('Không có mục hướng dẫn “nobody/here”')
  expect(problems).toEqual([])
})

test('how files travel: one diagram whose file kinds open their guide sections, by keyboard too', async ({
  appPage,
  problems,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.goto('/#/guide')
  await appPage.getByRole('link', { name: 'Cách các tệp đi lại' }).click()
  await expect(
    appPage.getByRole('figure', { name: 'Sơ đồ các tệp đi lại giữa các vai trò trong một năm' }),
  ).toBeVisible()
  const diagram = appPage.locator('figure.files-diagram')
  for (const kind of [
    'questionnaire',
    'submission-package',
    'framework',
    'authoring-workbook',
    'results-report',
    'ranking-csv',
    'lineage',
    'comparison-workbook',
    'backup',
  ])
    await expect(diagram.locator(`[data-kind="${kind}"]`).first()).toBeVisible()
  // Each trip reads as a sentence: who sends it, to whom, and what the receiver does.
  await expect(diagram.locator('[data-kind="framework"]')).toContainText(
    'Người đánh giá gửi Cán bộ đơn vị: Tệp bộ chỉ số (.json)',
  )
  // The appraisal round's files and the council's are real: nothing is marked as coming.
  for (const kind of ['feedback', 'response', 'council-package', 'appraisal-package'])
    await expect(diagram.locator(`[data-kind="${kind}"]`).first()).not.toContainText('sắp có')
  await expect(diagram).not.toContainText('sắp có')
  await appPage.screenshot({ path: `${SHOTS}/guide-files-vi.png`, fullPage: true })
  await switchLanguage(appPage, 'en')
  await expect(diagram.locator('[data-kind="framework"]')).toContainText('Evaluator sends to Unit officer')
  await appPage.screenshot({ path: `${SHOTS}/guide-files-en.png`, fullPage: true })
  await switchLanguage(appPage, 'vi')

  const link = diagram.getByRole('link', { name: 'Tệp bộ chỉ số (.json)' })
  await link.focus()
  await appPage.keyboard.press('Enter')
  await expect(appPage).toHaveURL(/#\/guide\/officer\/framework$/)
  await expect(appPage.getByRole('heading', { level: 2, name: '2. Thêm bộ chỉ số của năm' })).toBeFocused()
  await appPage.goBack()
  await diagram.getByRole('link', { name: 'Bản sao lưu (.json)' }).click()
  await expect(appPage).toHaveURL(/#\/guide\/admin\/backup$/)
  expect(problems).toEqual([])
})

test('the guide prints without navigation, one section per page, pictures within A4', async ({
  appPage,
  problems,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.goto('/#/guide/officer')
  await expectImagesLoaded(appPage)

  // The browser edition's button opens the print dialog with the guide as the print scope.
  await appPage.evaluate(() => {
    const printed: string[] = []
    Object.assign(window, { printedScopes: printed })
    window.print = () => {
      printed.push(document.documentElement.dataset['printing'] ?? '')
    }
  })
  await appPage.getByRole('button', { name: 'In / Xuất PDF…' }).click()
  await expect
    .poll(() => appPage.evaluate(() => (window as unknown as { printedScopes: string[] }).printedScopes))
    .toEqual(['guide'])

  await appPage.emulateMedia({ media: 'print' })
  await expect(appPage.locator('.shell-header')).toBeHidden()
  await expect(appPage.getByRole('navigation', { name: 'Chế độ làm việc' })).toBeHidden()
  await expect(appPage.getByRole('button', { name: 'In / Xuất PDF…' })).toBeHidden()
  const sections = appPage.locator('.guide-section')
  expect(await sections.nth(1).evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page')
  expect(await sections.nth(0).evaluate((element) => getComputedStyle(element).breakBefore)).not.toBe('page')
  // A4 portrait less the margins is about 190 mm wide: no picture is wider than the text column.
  await appPage.setViewportSize({ width: 718, height: 1000 })
  for (const image of await appPage.locator('img.guide-image').all()) {
    const box = await image.boundingBox()
    expect(box?.width ?? 0).toBeLessThanOrEqual(718)
  }
  await appPage.screenshot({ path: `${SHOTS}/guide-print-vi.png`, fullPage: true })
  const pdf = await appPage.pdf({ format: 'A4' })
  expect(pdf.length).toBeGreaterThan(10_000)
  expect(problems).toEqual([])
})

test('a machine without data asks for the role and leads to its first step; the choice is kept and can be changed', async ({
  appPage,
  problems,
}) => {
  const choice = appPage.getByRole('heading', { name: 'Bạn dùng ứng dụng với vai trò nào?' })
  await expect(choice).toBeVisible()
  // The sample workspace stays on offer beside it.
  await expect(appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' })).toBeVisible()

  await appPage.getByRole('button', { name: 'Người đánh giá' }).click()
  await expect(appPage.getByRole('heading', { name: 'Các bước đầu tiên — Người đánh giá' })).toBeVisible()
  await appPage.reload()
  await expect(appPage.getByRole('heading', { name: 'Các bước đầu tiên — Người đánh giá' })).toBeVisible()
  await appPage.getByRole('link', { name: 'Tạo kỳ đánh giá của năm' }).click()
  await expect(appPage).toHaveURL(/#\/evaluator\/new$/)
  await expect(appPage.getByRole('heading', { name: 'Tạo kỳ đánh giá', exact: true })).toBeVisible()

  await appPage.goto('/#/')
  await appPage.getByRole('button', { name: 'Đổi vai trò' }).click()
  await expect(choice).toBeVisible()
  await appPage.getByRole('button', { name: 'Lãnh đạo' }).click()
  await appPage.getByRole('link', { name: 'Nhập kết quả các năm trước' }).click()
  await expect(appPage).toHaveURL(/#\/manager/)
  await expect(appPage.getByRole('heading', { name: 'Nhập kết quả các năm trước' })).toBeVisible()

  await appPage.goto('/#/')
  await appPage.getByRole('button', { name: 'Đổi vai trò' }).click()
  await appPage.getByRole('button', { name: 'Cán bộ đơn vị' }).click()
  await appPage.getByRole('link', { name: 'Đọc hướng dẫn cán bộ đơn vị' }).click()
  await expect(appPage).toHaveURL(/#\/guide\/officer$/)
  await appPage.goto('/#/')
  await appPage.getByRole('link', { name: 'Nhập thông tin đơn vị' }).click()
  await expect(appPage.getByLabel('Mã đơn vị')).toBeVisible()

  // Once the machine has data, home shows no role question.
  await appPage.getByLabel('Mã đơn vị').fill('STC')
  await appPage.getByLabel('Tên đơn vị').fill('Sở Tài chính')
  await appPage.getByLabel('Nhóm đơn vị').selectOption({ label: 'Sở, ban, ngành' })
  await appPage.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click()
  await appPage.goto('/#/')
  await expect(appPage.getByRole('heading', { level: 1, name: 'Bạn muốn làm gì?' })).toBeVisible()
  await expect(appPage.locator('.first-run')).toHaveCount(0)
  expect(problems).toEqual([])
})

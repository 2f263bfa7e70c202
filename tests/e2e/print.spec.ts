import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'

const SHOTS = 'test-results/screenshots'
const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0

/** The first page's size in points from its MediaBox, compared with A4 (595 × 842 pt) within 2 pt. */
function expectA4(pdf: Buffer, orientation: 'portrait' | 'landscape'): void {
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
  const [width, height] = [Number(box?.[1]), Number(box?.[2])]
  const [short, long] = orientation === 'portrait' ? [width, height] : [height, width]
  expect(Math.abs(short - 595.3), `A4 ${orientation}: ${width} × ${height}`).toBeLessThan(2)
  expect(Math.abs(long - 841.9), `A4 ${orientation}: ${width} × ${height}`).toBeLessThan(2)
}

const PDFTOTEXT = '/usr/bin/pdftotext'

/** The text of a PDF page, or null (with the reason printed) where poppler-utils is not installed. */
function pdfPageText(file: string, page: number): string | null {
  if (!existsSync(PDFTOTEXT)) {
    console.log(`Not reading the printed text of ${file}: ${PDFTOTEXT} (poppler-utils) is not installed.`)
    return null
  }
  return execFileSync(PDFTOTEXT, ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  })
}

/** What the print stylesheet does to the shell and to one table, read in print media. */
async function expectPrintLayout(page: Page, table: Locator): Promise<void> {
  await expect(page.getByRole('navigation', { name: /Chế độ làm việc|Modes/ })).toBeHidden()
  await expect(page.locator('.shell-header')).toBeHidden()
  await expect(page.locator('.print-action').first()).toBeHidden()
  await expect(table).toBeVisible()
  const styles = await table.evaluate((element) => ({
    thead: getComputedStyle(element.querySelector('thead') as Element).display,
    row: getComputedStyle(element.querySelector('tbody tr') as Element).breakInside,
    width: element.getBoundingClientRect().width,
  }))
  expect(styles.thead, 'headers repeat on every page').toBe('table-header-group')
  expect(styles.row, 'no row is split across pages').toBe('avoid')
}

/** Records the print scope in force when the page calls window.print() (the browser edition's button). */
async function recordPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const printed: string[] = []
    Object.assign(window, { printedScopes: printed })
    window.print = () => {
      printed.push(document.documentElement.dataset['printing'] ?? '')
    }
  })
}
const printedScopes = (page: Page) =>
  page.evaluate(() => (window as unknown as { printedScopes: string[] }).printedScopes)

test('the ranking, a unit’s explanation and the manager’s comparison print on A4 without navigation', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const shell = new AppShellPage(appPage)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })

  // The evaluator's ranking of the published 2025 assessment (28 units).
  await shell.openMode('Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await appPage.getByRole('link', { name: 'Kết quả và xếp hạng' }).first().click()
  const ranking = appPage.locator('table.ranking-table')
  await expect(ranking.locator('tbody tr')).toHaveCount(28)
  await recordPrints(appPage)
  await appPage.getByRole('button', { name: 'In / Xuất PDF…' }).click()
  expect(await printedScopes(appPage)).toEqual(['ranking'])
  await expect(appPage.locator('html')).not.toHaveAttribute('data-printing')

  await appPage.emulateMedia({ media: 'print' })
  await expectPrintLayout(appPage, ranking)
  await expect(ranking.getByRole('row').filter({ hasText: 'Sở Nội vụ' })).toBeVisible()
  await appPage.screenshot({ path: `${SHOTS}/print-ranking-vi.png`, fullPage: true })
  const rankingPdf = await appPage.pdf({ format: 'A4', landscape: true, printBackground: true })
  writeFileSync(`${SHOTS}/print-ranking-vi.pdf`, rankingPdf)
  expectA4(rankingPdf, 'landscape')
  const lastPage = pdfPageText(`${SHOTS}/print-ranking-vi.pdf`, pageCount(rankingPdf))
  if (lastPage !== null) {
    // the header row repeats with its words, and the last unit's row is whole, down to its last column
    expect(lastPage).toMatch(/Hạng\s+Mã\s+Đơn vị\s+Chỉ số ICT\s+HTKT\s+HTNL\s+UD\s+UD_NB\s+UD_CTTDT/)
    expect(lastPage).toMatch(/28\s+SKHCN\s+Sở Khoa học và Công nghệ(\s+\d,\d{4}){6}/)
  }
  // 28 rows and the headings: more than one page would mean rows run off, more than three waste paper
  expect(pageCount(rankingPdf)).toBeGreaterThanOrEqual(1)
  expect(pageCount(rankingPdf)).toBeLessThanOrEqual(3)

  // One unit's explanation, printed alone.
  await appPage.emulateMedia({ media: 'screen' })
  await ranking.getByRole('button', { name: 'Sở Nội vụ' }).click()
  const explanation = appPage.locator('aside.explanation')
  await expect(explanation).toBeVisible()
  await explanation.getByRole('button', { name: 'In / Xuất PDF…' }).click()
  expect(await printedScopes(appPage)).toEqual(['ranking', 'explanation'])
  await appPage.evaluate(() => (document.documentElement.dataset['printing'] = 'explanation'))
  await appPage.emulateMedia({ media: 'print' })
  await expectPrintLayout(appPage, explanation.locator('table').first())
  await expect(ranking, 'the ranking stays off the explanation’s pages').toBeHidden()
  await appPage.screenshot({ path: `${SHOTS}/print-explanation-vi.png`, fullPage: true })
  const explanationPdf = await appPage.pdf({ format: 'A4', printBackground: true })
  writeFileSync(`${SHOTS}/print-explanation-vi.pdf`, explanationPdf)
  expectA4(explanationPdf, 'portrait')
  expect(pageCount(explanationPdf)).toBeGreaterThanOrEqual(1)
  expect(pageCount(explanationPdf)).toBeLessThanOrEqual(8)
  await appPage.evaluate(() => (document.documentElement.dataset['printing'] = 'ranking'))
  await expect(explanation, 'the explanation stays off the ranking’s pages').toBeHidden()
  await expect(ranking).toBeVisible()
  await appPage.evaluate(() => delete document.documentElement.dataset['printing'])

  // English.
  await appPage.emulateMedia({ media: 'screen' })
  await shell.chooseLanguage('English')
  await appPage.emulateMedia({ media: 'print' })
  await expectPrintLayout(appPage, ranking)
  await appPage.screenshot({ path: `${SHOTS}/print-ranking-en.png`, fullPage: true })
  await appPage.emulateMedia({ media: 'screen' })
  await shell.chooseLanguage('Tiếng Việt')

  // The manager's comparison, 2024 → 2025.
  await shell.openMode('Lãnh đạo')
  const rankChanges = appPage.locator('table.manager-rank-table')
  await expect(rankChanges.locator('tbody tr').first()).toBeVisible()
  await recordPrints(appPage)
  await appPage.getByRole('button', { name: 'In / Xuất PDF…' }).click()
  expect(await printedScopes(appPage)).toEqual(['comparison'])
  await appPage.emulateMedia({ media: 'print' })
  await expectPrintLayout(appPage, rankChanges)
  await expect(appPage.locator('.manager-tabs')).toBeHidden()
  await expect(appPage.locator('.chart-figure-panel canvas').first()).toBeVisible()
  await appPage.screenshot({ path: `${SHOTS}/print-comparison-vi.png`, fullPage: true })
  const comparisonPdf = await appPage.pdf({ format: 'A4', landscape: true, printBackground: true })
  writeFileSync(`${SHOTS}/print-comparison-vi.pdf`, comparisonPdf)
  expectA4(comparisonPdf, 'landscape')
  await expect(
    appPage.locator('.manager-import'),
    'importing earlier years is not part of the print',
  ).toBeHidden()
  expect(pageCount(comparisonPdf)).toBeGreaterThanOrEqual(2)
  expect(pageCount(comparisonPdf)).toBeLessThanOrEqual(30)
  await appPage.emulateMedia({ media: 'screen' })
  await shell.chooseLanguage('English')
  await appPage.emulateMedia({ media: 'print' })
  await expectPrintLayout(appPage, rankChanges)
  await appPage.screenshot({ path: `${SHOTS}/print-comparison-en.png`, fullPage: true })

  expect(problems).toEqual([])
})

test('the evaluator keeps a signature block for the report with the assessment, logged in the audit', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(90_000)
  mkdirSync(SHOTS, { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const shell = new AppShellPage(appPage)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await shell.openMode('Đánh giá')
  const assessments = appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await appPage.getByRole('link', { name: 'Báo cáo', exact: true }).click()

  await appPage.getByText('Khối chữ ký cuối trang Tổng hợp').click()
  await appPage.getByLabel('Nơi lập (ví dụ: Đà Nẵng)').fill('Đà Nẵng')
  await appPage.getByLabel('Người lập biểu (họ tên)').fill('Nguyễn Văn An')
  await appPage.getByLabel('Thủ trưởng đơn vị (họ tên)').fill('x'.repeat(130))
  await appPage.getByRole('button', { name: 'Lưu khối chữ ký' }).click()
  await expect(appPage.getByRole('alert')).toHaveText('Ô “Thủ trưởng đơn vị (họ tên)” dài quá 120 ký tự.')
  await appPage.getByLabel('Thủ trưởng đơn vị (họ tên)').fill('Trần Thị Bình')
  await appPage.getByRole('button', { name: 'Lưu khối chữ ký' }).click()
  await expect(appPage.getByText('Đã lưu khối chữ ký.')).toBeVisible()
  await appPage.screenshot({ path: `${SHOTS}/report-signature-vi.png`, fullPage: true })

  // Kept with the (published) assessment and logged.
  await appPage.reload()
  await expect(appPage.getByLabel('Thủ trưởng đơn vị (họ tên)')).toHaveValue('Trần Thị Bình')
  await shell.chooseLanguage('English')
  await expect(appPage.getByLabel('Head of the unit (name)')).toHaveValue('Trần Thị Bình')
  await appPage.screenshot({ path: `${SHOTS}/report-signature-en.png`, fullPage: true })
  await shell.chooseLanguage('Tiếng Việt')
  await appPage.getByRole('link', { name: 'Nhật ký', exact: true }).click()
  await expect(
    appPage.getByText(
      'Khối chữ ký của báo cáo: Đà Nẵng · người lập biểu Nguyễn Văn An · thủ trưởng Trần Thị Bình.',
    ),
  ).toBeVisible()
  expect(problems).toEqual([])
})

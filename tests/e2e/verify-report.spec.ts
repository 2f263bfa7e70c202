import { readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'

// Issue #20 item 3: the results report the app writes embeds what its numbers follow from, and
// Evaluator → Báo cáo → "Kiểm tra một báo cáo" recomputes it: khớp as written, and the edited
// cell named once a score is changed.

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'

test.use({ viewport: { width: 1366, height: 768 } })

async function openSampleReportTab(page: Page): Promise<EvaluatorPage> {
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(page.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({ timeout: 15_000 })
  await new AppShellPage(page).openMode('Đánh giá')
  const assessments = page.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  const evaluator = new EvaluatorPage(page)
  await evaluator.openTab('Báo cáo')
  return evaluator
}

async function verifyInApp(page: Page, path: string, button = 'Chọn tệp báo cáo…'): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button }).click()
  await (await chooser).setFiles([path])
}

/** Drops a file on the "Kiểm tra một báo cáo" zone, as a drag from the file manager carries it. */
async function dropReport(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const zone = page.getByTestId('verify-report-drop-zone')
  const dataTransfer = await page.evaluateHandle(
    ({ name: fileName, base64 }) => {
      const transfer = new DataTransfer()
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      transfer.items.add(new File([data], fileName, { type: 'application/octet-stream' }))
      return transfer
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  )
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await zone.dispatchEvent('dragover', { dataTransfer })
  await expect(zone).toHaveClass(/\bdrop-zone-active\b/)
  await zone.dispatchEvent('drop', { dataTransfer })
}

/** The report with one number of Tổng hợp (the first sheet) replaced, as someone editing it would. */
function withEditedSummaryCell(
  bytes: Uint8Array,
  cell: string,
): { bytes: Uint8Array; old: string; value: string } {
  const parts = unzipSync(bytes)
  const name = 'xl/worksheets/sheet1.xml'
  const xml = strFromU8(parts[name] ?? new Uint8Array())
  const pattern = new RegExp(`(<c r="${cell}"[^>]*>)<v>([^<]+)</v>`)
  const match = pattern.exec(xml)
  if (match === null) throw new Error(`no number in ${cell}`)
  const old = match[2] ?? ''
  const value = String(Number(old) + 0.05)
  parts[name] = strToU8(xml.replace(pattern, `$1<v>${value}</v>`))
  return { bytes: zipSync(parts), old, value }
}

test('a report written from the sample workspace verifies in the app; an edited copy names the cell', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(180_000)
  const evaluator = await openSampleReportTab(appPage)
  const section = appPage.getByTestId('verify-report')
  await expect(section.getByRole('heading', { name: 'Kiểm tra một báo cáo' })).toBeVisible()

  const download = await evaluator.exportReport()
  const written = 'test-results/verify-report.xlsx'
  await download.saveAs(written)

  await verifyInApp(appPage, written)
  const verdict = appPage.getByTestId('verify-verdict')
  await expect(verdict).toContainText('KHỚP', { timeout: 60_000 })
  await expect(verdict).toContainText('verify-report.xlsx: mọi số liệu khớp với dữ liệu ghi kèm')
  await expect(verdict).toContainText('năm 2025')
  await section.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/verify-report-match-vi.png' })

  const edited = withEditedSummaryCell(new Uint8Array(readFileSync(written)), 'E9')
  const editedPath = 'test-results/verify-report-edited.xlsx'
  writeFileSync(editedPath, edited.bytes)
  // dropped on the zone this time
  await dropReport(appPage, 'verify-report-edited.xlsx', edited.bytes)
  await expect(verdict).toContainText('KHÔNG KHỚP', { timeout: 60_000 })
  await expect(verdict).toContainText('verify-report-edited.xlsx: 1 chỗ khác')
  const row = verdict.locator('table tbody tr')
  await expect(row).toHaveCount(1)
  await expect(row.locator('td').nth(0)).toHaveText('Tổng hợp')
  await expect(row.locator('td').nth(1)).toHaveText('E9')
  const shown = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'))
  expect(shown((await row.locator('td').nth(2).textContent()) ?? '')).toBeCloseTo(Number(edited.old), 9)
  expect(shown((await row.locator('td').nth(3).textContent()) ?? '')).toBeCloseTo(Number(edited.value), 9)
  await section.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/verify-report-mismatch-vi.png' })

  // Not a workbook at all: refused with a translated message.
  const notAReport = 'test-results/verify-not-a-report.xlsx'
  writeFileSync(notAReport, 'not a workbook')
  await verifyInApp(appPage, notAReport)
  await expect(section.getByRole('alert')).toContainText('Không đọc được verify-not-a-report.xlsx')

  // English: the same check, translated.
  await new AppShellPage(appPage).chooseLanguage('English')
  await verifyInApp(appPage, editedPath, 'Choose a report file…')
  await expect(verdict).toContainText('DOES NOT MATCH', { timeout: 60_000 })
  await expect(verdict).toContainText(
    'verify-report-edited.xlsx does not follow from its embedded data (differences: 1).',
  )
  await expect(verdict.locator('thead')).toContainText('Expected')
  await section.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/verify-report-mismatch-en.png' })
  expect(problems).toEqual([])
})

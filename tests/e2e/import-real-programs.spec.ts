// Issue #15 item 2 in the app: the bulk import accepts workbooks saved by real spreadsheet programs
// (tests/fixtures/real-programs: one re-saved by LibreOffice Calc, one saved by openpyxl) and
// stores exactly the answers they show.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { ExpectedImport } from '@core/import/testing/realProgramFixtures'
import { expect, test } from './fixtures'

const folder = resolve(__dirname, '../fixtures/real-programs')
const readExpected = (frameworkId: ExpectedImport['frameworkId']): ExpectedImport =>
  JSON.parse(readFileSync(resolve(folder, 'expected', `${frameworkId}.json`), 'utf8')) as ExpectedImport

/** The received submissions as stored in the page's IndexedDB. */
const receivedSubmissions = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ unitCode: string; unitName: string; frameworkId: string; content: unknown }[]>(
        (resolve, reject) => {
          const request = indexedDB.open('ict-index-workbench')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const read = request.result
              .transaction('receivedSubmissions')
              .objectStore('receivedSubmissions')
              .getAll()
            read.onsuccess = () => resolve(read.result)
          }
        },
      ),
  )

test('the bulk import takes a LibreOffice-saved and an openpyxl-saved workbook with exactly their answers', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(120_000)
  const panel = appPage.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })
  const outcomes = panel.getByRole('region', { name: 'Kết quả từng tệp' })
  const cases = [
    { fileName: 'dept-ict-readiness-openpyxl-libreoffice.xlsx', frameworkId: 'dept-ict-readiness' },
    { fileName: 'dti-points-openpyxl.xlsx', frameworkId: 'dti-points' },
  ] as const
  await appPage.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  await expect(panel).toBeVisible()

  for (const [run, { fileName, frameworkId }] of cases.entries()) {
    const expected = readExpected(frameworkId)
    const framework = panel.getByRole('combobox', { name: 'Bộ chỉ số' })
    await expect(
      framework.locator(`option[value="${frameworkId}@${expected.frameworkVersion}"]`),
    ).toHaveCount(1)
    await framework.selectOption({ value: `${frameworkId}@${expected.frameworkVersion}` })
    const chooser = appPage.waitForEvent('filechooser')
    await panel.getByRole('button', { name: 'Chọn tệp…' }).click()
    await (await chooser).setFiles([resolve(folder, fileName)])
    const progress = panel.getByTestId('import-progress')
    await expect(progress).toHaveAttribute('data-run', String(run + 1), { timeout: 60_000 })
    await expect(progress).toHaveAttribute('data-phase', 'finished', { timeout: 60_000 })
    const row = outcomes.locator('tbody tr')
    await expect(row).toHaveCount(1)
    await expect(row).toHaveAttribute('data-outcome', 'imported')
    await expect(row).toContainText(fileName)
    await expect(row).toContainText(expected.unit.code)

    const stored = (await receivedSubmissions(appPage)).filter((row) => row.frameworkId === frameworkId)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ unitCode: expected.unit.code, unitName: expected.unit.name })
    expect(stored[0]?.content).toEqual({ answers: expected.answers, comments: expected.comments })
  }
  expect(problems).toEqual([])
})

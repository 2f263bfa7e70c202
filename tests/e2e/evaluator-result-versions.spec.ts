import { readFileSync } from 'node:fs'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'
const UNLOCK_REASON = 'Sở Nội vụ khiếu nại số máy tính để bàn; mở lại để thẩm định'
const APPRAISAL_REASON = 'Biên bản kiểm kê bổ sung ngày 15/10/2025: 480 máy tính để bàn'

test.use({ viewport: { width: 1366, height: 768 } })

test('publish, unlock with a reason, appraise, publish again: versions 1 and 2, the diff names the unit and the reason', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(90_000)
  const shell = new AppShellPage(appPage)
  const evaluator = new EvaluatorPage(appPage)
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await shell.openMode('Đánh giá')
  // The year is in the link's address (every row's framework version, 2026.1, holds "2026" too).
  const openYear = (year: string) =>
    appPage.getByRole('table').filter({ hasText: FRAMEWORK_NAME }).locator(`a[href*="%7C${year}%7C"]`).click()

  // 2026 is open and was never published: no version yet, and the ranking names none.
  await openYear('2026')
  await evaluator.openTab('Phiên bản kết quả')
  await expect(
    appPage.getByText('Chưa công bố lần nào nên chưa có phiên bản kết quả chính thức.'),
  ).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/result-versions-none-vi.png' })
  await shell.openMode('Đánh giá')
  await openYear('2025')

  // The sample published 2025 once: version 1, named on the ranking and in the publish bar.
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(appPage.locator('.results-state')).toContainText('Phiên bản 1')
  await expect(evaluator.publishBar).toContainText('Phiên bản 1')
  const before = await evaluator.rankingRows()

  // Unlock with a reason: version 1 stays.
  await evaluator.publishBar.getByRole('button', { name: 'Mở khoá…' }).click()
  await evaluator.publishBar.getByLabel('Lý do mở khoá (ghi vào nhật ký)').fill(UNLOCK_REASON)
  await evaluator.publishBar.getByRole('button', { name: 'Mở khoá', exact: true }).click()
  await expect(evaluator.publishBar.getByRole('button', { name: 'Công bố kết quả (khoá)' })).toBeVisible()
  await expect(appPage.locator('.results-state')).not.toContainText('Phiên bản')
  await evaluator.openTab('Phiên bản kết quả')
  const versions = appPage.locator('table.versions-table')
  await expect(versions.locator('tbody tr')).toHaveCount(1)
  await expect(versions.locator('tbody tr').first()).toContainText('Phiên bản 1')

  // Change an appraisal: Sở Nội vụ's desktop computers.
  await evaluator.openTab('Đơn vị và tình trạng')
  await evaluator.openUnit('Sở Nội vụ')
  await evaluator.showAllQuestions()
  await evaluator.appraise('MayBan', '480', APPRAISAL_REASON)
  await expect(evaluator.answerRow('MayBan')).toContainText('480')
  await appPage.goBack()

  // Publish again: version 2.
  await evaluator.publish()
  await expect(evaluator.publishBar).toContainText('Đã công bố (đã khoá)')
  await expect(evaluator.publishBar).toContainText('Phiên bản 2')
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(appPage.locator('.results-state')).toContainText('Phiên bản 2')
  const after = await evaluator.rankingRows()
  const snv = (rows: typeof before) => rows.find((row) => row.code === 'SNV')
  expect(snv(after)?.composite, 'the appraisal changed Sở Nội vụ’s score').not.toBe(snv(before)?.composite)
  await appPage.screenshot({ path: 'test-results/screenshots/result-versions-ranking-vi.png' })

  await evaluator.openTab('Phiên bản kết quả')
  await expect(versions.locator('tbody tr')).toHaveCount(2)
  await expect(versions.locator('tbody tr').nth(0)).toContainText('Phiên bản 2')
  await expect(versions.locator('tbody tr').nth(0)).toContainText('Đang có hiệu lực')
  await expect(versions.locator('tbody tr').nth(1)).toContainText('Phiên bản 1')
  for (const row of await versions.locator('tbody tr code').allTextContents())
    expect(row).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/)
  await expect(
    appPage.getByRole('heading', { name: 'Thay đổi từ phiên bản 1 đến phiên bản 2' }),
  ).toBeVisible()
  const diff = appPage.locator('table.versions-diff')
  await expect(appPage.getByTestId('versions-diff-summary')).toContainText('đơn vị thay đổi điểm hoặc hạng')
  const snvChange = diff.getByRole('row').filter({ hasText: 'Sở Nội vụ' })
  await expect(snvChange).toHaveCount(1)
  await expect(snvChange.locator('td').nth(2)).toHaveText(/^[+-]\d/)
  const reasons = appPage.locator('.versions-reasons li')
  await expect(reasons).toHaveCount(2)
  await expect(reasons.nth(0)).toContainText(`Mở khoá. Lý do: ${UNLOCK_REASON}`)
  await expect(reasons.nth(1)).toContainText('Sở Nội vụ (SNV) · MayBan')
  await expect(reasons.nth(1)).toContainText(APPRAISAL_REASON)
  await appPage.screenshot({ path: 'test-results/screenshots/result-versions-vi.png', fullPage: true })

  // The results report names its version under the title and in "Phương pháp".
  await evaluator.openTab('Báo cáo')
  const download = await evaluator.exportReport()
  const path = test.info().outputPath('result-versions-report.xlsx')
  await download.saveAs(path)
  const workbook = await readWorkbook(new Uint8Array(readFileSync(path)))
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  const sheet = (name: string) => workbook.value.sheets.find((candidate) => candidate.name === name)
  expect(String(sheet('Tổng hợp')?.rows[1]?.[0])).toMatch(
    /^Kết quả chính thức \(đã công bố\), Phiên bản 2 \(mã kiểm tra [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)\. Lập ngày/,
  )
  expect(sheet('Phương pháp')?.rows.find((row) => row[0] === 'Phiên bản kết quả')?.[1]).toBe(2)

  // The audit log names the version of each publication.
  await evaluator.openTab('Nhật ký')
  await expect(appPage.locator('.audit-list li').first()).toContainText('Công bố kết quả, phiên bản 2')

  // English.
  await shell.chooseLanguage('English')
  await appPage.getByRole('link', { name: 'Result versions' }).click()
  await expect(appPage.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible()
  await expect(appPage.locator('table.versions-table tbody tr').first()).toContainText('Version 2')
  await appPage.screenshot({ path: 'test-results/screenshots/result-versions-en.png', fullPage: true })
  await appPage.getByRole('link', { name: /results and ranking/i }).click()
  await expect(appPage.locator('.results-state')).toContainText('Version 2')
  await appPage.screenshot({ path: 'test-results/screenshots/result-versions-ranking-en.png' })

  // A version edited in the database after publication no longer matches its digest, and says so.
  await appPage.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ict-index-workbench-sample')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const store = database.transaction('resultVersions', 'readwrite').objectStore('resultVersions')
      const cursor = store.openCursor()
      cursor.onsuccess = () => {
        const current = cursor.result
        if (current === null) return resolve()
        const row = current.value as { version: number; engineVersion: number }
        if (row.version === 1) current.update({ ...row, engineVersion: row.engineVersion + 1 })
        current.continue()
      }
      cursor.onerror = () => reject(cursor.error)
    })
    database.close()
  })
  await appPage.reload()
  await appPage.getByRole('link', { name: 'Result versions' }).click()
  const rows = appPage.locator('table.versions-table tbody tr')
  await expect(rows.nth(1).getByRole('alert')).toHaveText(/no longer matches its digest/)
  await expect(rows.nth(0).getByRole('alert')).toHaveCount(0)
  await appPage.locator('table.versions-table').screenshot({
    path: 'test-results/screenshots/result-versions-altered-en.png',
  })
  expect(problems).toEqual([])
})
